// The issue panel's view of the facts for one viewer: cycles with SLA outcomes and ratings, and what the
// CSAT form may do. Comments only for leads, admins and the rater; anonymous raters hidden from others.
import type { CsatFormDto, CycleDto, IssueLinesDto, PersonRefDto, RatingDto } from '../../../shared/contract-lines';
import { editableUntil, type CsatRating } from '../../model/lines/csat';
import type { CycleFacts, IssueFacts } from '../../model/lines/facts';
import type { PeopleDirectory } from './people-directory';
import type { Viewer } from './viewer';

const iso = (ms: number): string => new Date(ms).toISOString();

export function latestResolved(facts: IssueFacts): CycleFacts | undefined {
  return [...facts.cycles].reverse().find((c) => c.resolvedAt !== null);
}

export function mayRate(facts: IssueFacts, viewer: Viewer): boolean {
  return viewer.isLine1 || (facts.line1Agent !== null && facts.line1Agent === viewer.accountId);
}

export function csatForm(facts: IssueFacts, ratings: ReadonlyMap<number, CsatRating>, viewer: Viewer, now: number): CsatFormDto {
  const target = latestResolved(facts);
  if (!target) return { state: 'notResolved', cycle: null, editableUntil: null };
  if (!mayRate(facts, viewer)) return { state: 'notLine1', cycle: target.index, editableUntil: null };
  const rating = ratings.get(target.index);
  if (!rating) return { state: 'rate', cycle: target.index, editableUntil: null };
  if (rating.rater !== viewer.accountId) return { state: 'ratedByOther', cycle: target.index, editableUntil: null };
  const until = editableUntil(rating);
  return { state: now < until ? 'edit' : 'locked', cycle: target.index, editableUntil: iso(until) };
}

function ratingDto(rating: CsatRating, viewer: Viewer, person: (id: string) => PersonRefDto): RatingDto {
  const mine = rating.rater === viewer.accountId;
  const privileged = viewer.seesComments || mine;
  return {
    score: rating.score,
    comment: privileged ? rating.comment : null,
    rater: !rating.anonymous || privileged ? person(rating.rater) : null,
    anonymous: rating.anonymous,
    ratedAt: iso(rating.ratedAt),
    editableUntil: iso(editableUntil(rating)),
    mine,
  };
}

export function issueLinesDto(facts: IssueFacts, ratings: ReadonlyMap<number, CsatRating>, viewer: Viewer, people: PeopleDirectory, now: number): IssueLinesDto {
  const person = (id: string): PersonRefDto => ({ accountId: id, name: people.nameOf(id) });
  const cycles: CycleDto[] = facts.cycles.map((c) => {
    const rating = c.resolvedAt !== null ? ratings.get(c.index) : undefined;
    return {
      index: c.index,
      startedAt: iso(c.startedAt),
      resolvedAt: c.resolvedAt === null ? null : iso(c.resolvedAt),
      reopened: c.reopened,
      reopenReason: c.reopenReason,
      line: c.line,
      engineer: c.engineer ? person(c.engineer) : null,
      sla: c.sla,
      repeatContacts: c.repeatContacts,
      rating: rating ? ratingDto(rating, viewer, person) : null,
    };
  });
  return {
    issueKey: facts.issueKey,
    reopenCount: facts.reopenCount,
    line1Agent: facts.line1Agent ? person(facts.line1Agent) : null,
    cycles,
    csat: csatForm(facts, ratings, viewer, now),
    viewer: { role: viewer.role, canSeeComments: viewer.seesComments },
  };
}
