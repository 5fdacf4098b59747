import { type RegisterCommand } from '../command-kit.js';
export declare const registerInspect: RegisterCommand;
