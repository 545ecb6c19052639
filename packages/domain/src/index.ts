export * from './access/actor';
export * from './access/policy';
export * from './access/roles';
export * from './activities/activity';
export * from './activities/policy';
export {
  type ActivityStatus,
  type AttendanceAgeBand,
  type AttendanceRole,
  activityStatuses,
  attendanceAgeBands,
  attendanceRoles,
  maxMaterialBytes,
  visitScores,
} from './activities/vocabulary';
export * from './audit/policy';
export * from './calendar';
export * from './cases/case';
export * from './cases/policy';
export * from './cases/vocabulary';
export * from './cases/workflow/kinds';
export * from './cases/workflow/states';
export * from './cases/workflow/transition';
export * from './childcare/childcare';
export * from './childcare/policy';
export * from './childcare/rules';
export * from './childcare/schedule';
export * from './childcare/vocabulary';
export * from './consultations/consultation';
export * from './consultations/policy';
export * from './consultations/topics';
export * from './employment/employer-view';
export * from './employment/employment';
export * from './employment/follow-ups';
export * from './employment/matching';
export * from './employment/policy';
export * from './employment/proposals';
export * from './employment/quota';
export * from './employment/vocabulary';
export * from './functioning/assessment';
export * from './functioning/scales';
export * from './functioning/short-set';
export * from './indicators/age-bands';
export * from './indicators/definition';
export * from './indicators/periods';
export * from './indicators/policy';
export * from './indicators/validate';
export * from './indicators/values';
export * from './indicators/vocabulary';
export * from './knowledge/article';
export * from './knowledge/policy';
export * from './knowledge/search-terms';
export * from './languages';
export * from './networks/network';
export * from './networks/policy';
export * from './organisations/organisation';
export * from './organisations/policy';
export * from './organisations/vocabulary';
export * from './persons/age';
export * from './persons/names/match';
export * from './persons/names/name-key';
export * from './persons/names/phone-key';
export * from './persons/person';
export * from './persons/policy';
export * from './persons/vocabulary';
export * from './programmes/logframe';
export * from './programmes/periods';
export * from './programmes/policy';
export * from './programmes/programme';
export * from './programmes/vocabulary';
export * from './referrals/policy';
export * from './referrals/referral';
export * from './referrals/vocabulary';
export * from './regions/policy';
export * from './regions/region';
export * from './users/policy';
export * from './users/user';
export * from './volunteers/policy';
export * from './volunteers/vocabulary';
export * from './volunteers/volunteer';
export * from './workshops/policy';
export * from './workshops/vocabulary';
export * from './workshops/workshop';
