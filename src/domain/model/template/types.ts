// Incident template model: the questions line 1 answers, how the answers map to a Jira issue and how they
// set its priority. Data only (no I/O); parsing lives in parse-template.ts, rules in rules/template.
import type { Locale } from '../../../shared/i18n';
import type { AssignmentSettings } from './assignment';

/** Text an admin writes once per supported language (the form shows the agent's language). */
export type LocalizedText = Readonly<Record<Locale, string>>;

export const FIELD_TYPES = ['text', 'multiline', 'dateTime', 'select', 'number', 'clientId'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** How a field's answer is shown in the description: as text, as a code block (logs, stack traces) or quoted. */
export const FIELD_FORMATS = ['plain', 'code', 'quote'] as const;
export type FieldFormat = (typeof FIELD_FORMATS)[number];

export type SelectOption = {
  readonly id: string;
  readonly label: LocalizedText;
  /** The option's value in a Jira select custom field (provisioned with the same text). Defaults to label.en. */
  readonly jiraValue?: string;
};

type FieldBase = {
  readonly id: string;
  readonly label: LocalizedText;
  readonly help: LocalizedText;
  readonly required: boolean;
  readonly order: number;
  readonly format: FieldFormat;
};

export type TextField = FieldBase & { readonly type: 'text' };
export type MultilineField = FieldBase & { readonly type: 'multiline' };
export type DateTimeField = FieldBase & { readonly type: 'dateTime' };
export type SelectField = FieldBase & { readonly type: 'select'; readonly options: readonly SelectOption[] };
export type NumberField = FieldBase & { readonly type: 'number'; readonly min?: number; readonly max?: number };
/** A client/customer ID; `pattern` is a regular expression the whole answer must match (checked for safety). */
export type ClientIdField = FieldBase & { readonly type: 'clientId'; readonly pattern: string };
export type TemplateField = TextField | MultilineField | DateTimeField | SelectField | NumberField | ClientIdField;

/** One part of the description: a heading, then the listed fields as paragraphs or as a bullet list. */
export type DescriptionSection = {
  readonly id: string;
  readonly heading: LocalizedText;
  readonly fieldIds: readonly string[];
  readonly layout: 'paragraphs' | 'bullets';
};

/**
 * Custom-field ids (`customfield_10050`) differ per Jira site, so a template names the fields LineBridge
 * provisions by a logical key; provisioning stores the site's id for each key (ResolvedCustomFields).
 * An admin may also target an existing field directly by its id.
 */
export const LOGICAL_FIELD_KEYS = ['errorOccurredAt', 'clientId', 'affectedScope', 'supportLine', 'reopenReason'] as const;
export type LogicalFieldKey = (typeof LOGICAL_FIELD_KEYS)[number];
export type CustomFieldTarget =
  | { readonly kind: 'logical'; readonly key: LogicalFieldKey }
  | { readonly kind: 'jira'; readonly fieldId: string };
export type CustomFieldMapping = { readonly fieldId: string; readonly target: CustomFieldTarget };
/** Provisioning's output, stored under RESOLVED_FIELDS_KEY: logical key → the site's custom field id. */
export type ResolvedCustomFields = Readonly<Partial<Record<LogicalFieldKey, string>>>;

export type JiraMapping = {
  /** Placeholders `{fieldId}` are replaced by answers; the result is cut to Jira's 255 characters. */
  readonly summaryPattern: string;
  readonly description: readonly DescriptionSection[];
  readonly customFields: readonly CustomFieldMapping[];
  readonly labels: readonly string[];
  readonly components: readonly string[];
};

export const PRIORITY_LEVELS = ['critical', 'high', 'medium', 'low'] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

export type RuleCondition =
  | { readonly kind: 'optionIn'; readonly fieldId: string; readonly optionIds: readonly string[] }
  | { readonly kind: 'numberCompare'; readonly fieldId: string; readonly op: '>' | '>=' | '<' | '<='; readonly value: number }
  | { readonly kind: 'answered'; readonly fieldId: string };

/** Every condition must hold; the first matching rule (in order) sets the priority. */
export type PriorityRule = { readonly id: string; readonly when: readonly RuleCondition[]; readonly priority: PriorityLevel };

export type PriorityPolicy = {
  readonly rules: readonly PriorityRule[];
  readonly defaultPriority: PriorityLevel;
  /** The Jira priority name for each level (sites rename them: "Highest" instead of "Critical"). */
  readonly jiraNames: Readonly<Record<PriorityLevel, string>>;
};

export type TemplateDefinition = {
  readonly id: string;
  readonly name: LocalizedText;
  readonly projectKey: string;
  readonly issueTypeName: string;
  /** The language of the issue it files (headings, option labels); the form itself follows the agent. */
  readonly locale: Locale;
  readonly fields: readonly TemplateField[];
  readonly mapping: JiraMapping;
  readonly priority: PriorityPolicy;
};

/** The `templates` settings section. Its version (VersionedSettings.version) is the templates' version. */
export type TemplatesSettings = {
  readonly templates: readonly TemplateDefinition[];
  /** Assignment on filing (model/template/assignment.ts); absent in versions saved before it existed. */
  readonly assignment?: AssignmentSettings;
};

/** What an incident records about its origin: enough to read the exact template it was filed from. */
export type TemplateRef = { readonly templateId: string; readonly version: number };

/** Validated answers: select → option id, dateTime → ISO-8601 UTC, number → number, text → clean text. */
export type AnswerValue = string | number;
export type Answers = Readonly<Record<string, AnswerValue>>;
