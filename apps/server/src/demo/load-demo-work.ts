import type { Transaction } from '@birge/db';
import { loadDemoLogframes } from './demo-logframes';
import type { DemoSetting } from './load-demo';
import { loadDemoActivities } from './load-demo-activities';
import { loadDemoChildcare } from './load-demo-childcare';
import { loadDemoEmployment } from './load-demo-employment';
import { loadDemoVolunteers } from './load-demo-volunteers';
import { loadDemoWorkshops } from './load-demo-workshops';

/** The records of the programmes' work, from which their indicators are computed. */
export async function loadDemoWork(tx: Transaction, setting: DemoSetting) {
  await loadDemoLogframes(tx, setting);
  await loadDemoWorkshops(tx, setting);
  await loadDemoVolunteers(tx, setting);
  await loadDemoActivities(tx, setting);
  await loadDemoChildcare(tx, setting);
  await loadDemoEmployment(tx, setting);
}
