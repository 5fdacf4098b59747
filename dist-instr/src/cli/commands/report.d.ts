import { type RegisterCommand } from '../command-kit.js';
export declare const registerReport: RegisterCommand;
