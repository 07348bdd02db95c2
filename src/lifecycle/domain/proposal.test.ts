import { describe, expect, it } from 'vitest';
import { buildProposalDetails } from '../../../test/helpers/factories';
import { proposalProblems, type ProposalContext, type ProposalDetails } from './proposal';

const ctx: ProposalContext = { currentTermsVersion: '2026-01-01', cityEmailDomain: 'pieksamaki.fi' };

const organisation = buildProposalDetails;

const rules = (p: ProposalDetails, c = ctx) => proposalProblems(p, c).map((x) => `${x.field}:${x.rule}`);

describe('a proposal ready for a decision', () => {
  it('has nothing missing when planned as the policy asks', () => {
    expect(proposalProblems(organisation(), ctx)).toEqual([]);
  });

  it('needs a purpose and an audience (policy rule O1)', () => {
    expect(rules(organisation({ purpose: ' ', audience: '' }))).toEqual(['purpose:O1', 'audience:O1']);
  });

  it('refuses zero working time (policy rule O2)', () => {
    expect(proposalProblems(organisation({ hoursPerWeek: 0 }), ctx)).toEqual([{ field: 'hoursPerWeek', code: 'noWorkingTime', rule: 'O2' }]);
  });

  it('needs a private-message policy, and handling for each interaction used (policy rule O9)', () => {
    expect(rules(organisation({ privateMessagePolicy: '', interactions: [{ form: 'chat', handling: ' ' }] }))).toEqual(['privateMessagePolicy:O9', 'interactions:O9']);
  });

  it('needs administrators by name and job title (O4), at least two for an organisation profile (P1)', () => {
    expect(rules(organisation({ administrators: [{ name: 'Seija Laitinen', jobTitle: '' }] }))).toEqual(['administrators:O4']);
    expect(rules(organisation({ administrators: [{ name: 'Seija Laitinen', jobTitle: 'nuoriso-ohjaaja' }] }))).toEqual(['administrators:P1']);
  });

  it("needs a contact address on the city's domain (policy rules P2, P3)", () => {
    expect(rules(organisation({ contactEmail: 'nuoriso@gmail.com' }))).toEqual(['contactEmail:P2']);
  });

  it('needs the current terms to have been reviewed (policy rule O5)', () => {
    expect(rules(organisation({ termsVersionReviewed: '2025-06-01' }))).toEqual(['termsVersionReviewed:O5']);
    expect(rules(organisation(), { ...ctx, currentTermsVersion: null })).toEqual(['termsVersionReviewed:O5']);
  });

  it('needs, for an expert profile, the employee (P3), their defined role (E1) and their separation from private profiles (E3)', () => {
    const expert = organisation({ kind: 'expert', administrators: [{ name: 'Seija Laitinen', jobTitle: 'nuoriso-ohjaaja' }], contactEmail: 'seija.laitinen@pieksamaki.fi' });
    expect(rules(expert)).toEqual(['expertUserId:P3', 'expertRole:E1', 'separationConfirmed:E3']);
    expect(rules({ ...expert, expertUserId: 'user-1', expertRole: 'Nuorisotyön asiantuntija', separationConfirmed: true })).toEqual([]);
  });
});
