import type { PetriNet } from '../model/petri-net.js';
import type { ProcessTree } from './process-tree.js';
/**
 * The workflow net of `tree` (PM4Py's default conversion, including its reduction, so sizes agree with
 * `pm4py.convert_to_petri_net`). Visible transitions are `t_1`, `t_2`, … in tree order; silent ones are named by role
 * (`tauSplit_3`, `skip_7`, …). O(size) to build; the reduction restarts its scan after each change, O(size²) worst case.
 */
export declare function treeToPetriNet(tree: ProcessTree): PetriNet;
