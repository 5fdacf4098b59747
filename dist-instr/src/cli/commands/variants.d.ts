import { type RegisterCommand } from '../command-kit.js';
export declare const registerVariants: RegisterCommand;
