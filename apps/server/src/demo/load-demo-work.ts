import type { Transaction } from '@birge/db';
import type { DemoSetting } from './load-demo';

/** The records of the programmes' work, from which their indicators are computed. */
export async function loadDemoWork(_tx: Transaction, _setting: DemoSetting) {}
