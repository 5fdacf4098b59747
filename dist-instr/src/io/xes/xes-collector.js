// Maps XES traces and events onto the log builder: the case id, activity, times, resource, role and decision come
// from their keys (standard or named by the user), every other attribute is kept as an event or case attribute, and
// an event that cannot become a log event is a rejected row with its line and reason, never dropped.
import { UserError } from '../../errors.js';
import { NONE } from '../../log/dictionary.js';
import { parserForFormat } from '../timestamp/choose-timestamp-parser.js';
import { parseIsoTimestamp } from '../timestamp/parse-iso.js';
import { escapeXml } from './escape-xml.js';
import { XES_KEYS } from './xes-keys.js';
// Roles an event key can play; OTHER keys become event attributes.
const OTHER = 0;
const ACTIVITY = 1;
const TIME = 2;
const START = 3;
const RESOURCE = 4;
const ROLE = 5;
const DECISION = 6;
const EVENT_ROLES = [
    ['activity', ACTIVITY],
    ['timestamp', TIME],
    ['startTimestamp', START],
    ['resource', RESOURCE],
    ['role', ROLE],
    ['decision', DECISION],
];
/** A time written with `Z` or a numeric UTC offset at its end. */
const HAS_OFFSET = /(?:Z|[+-]\d\d:?\d\d)$/i;
/** Per-input state of the XES reader; the parser drives it element by element. */
export class XesCollector {
    file;
    builder;
    options;
    sink;
    #keys;
    #slots = new Map();
    #seen = new Set();
    #parseTime;
    #timestampFormat;
    #traceAttributes = [];
    #events = [];
    #event;
    #emptyTraces = 0;
    #traceEvents = 0;
    /** Positions of the unmapped attributes of the event being added (reused). */
    #others = [];
    #caseId;
    #caseIndex = -1;
    constructor(file, builder, options, sink) {
        this.file = file;
        this.builder = builder;
        this.options = options;
        this.sink = sink;
        const keys = { ...XES_KEYS };
        for (const [role, key] of Object.entries(options.columns ?? {}))
            if (key)
                keys[role] = key;
        this.#keys = keys;
        // Keys the user named win over a standard key they collide with (`--resource org:role` leaves no role column).
        const named = options.columns ?? {};
        for (const [role, slot] of EVENT_ROLES)
            if (!named[role])
                this.#slots.set(keys[role], slot);
        for (const [role, slot] of EVENT_ROLES)
            if (named[role])
                this.#slots.set(keys[role], slot);
        const zone = options.timezone ?? 'UTC';
        if (options.timestampFormat) {
            const parser = parserForFormat(options.timestampFormat, zone);
            this.#parseTime = (text) => parser.parse(text);
            this.#timestampFormat = parser.description;
        }
        else {
            // xs:dateTime through the fixed-grammar ISO parser; other spellings that carry an explicit offset (which
            // therefore name one instant) through Date.parse.
            this.#parseTime = (text) => {
                const time = parseIsoTimestamp(text, zone);
                return Number.isNaN(time) && HAS_OFFSET.test(text.trim()) ? Date.parse(text) : time;
            };
            this.#timestampFormat = 'ISO 8601 (XES xs:dateTime)';
        }
    }
    openTrace() {
        this.#traceAttributes = [];
        this.#events = [];
        this.#caseId = undefined;
        this.#caseIndex = -1;
        this.#traceEvents = 0;
    }
    traceAttribute(element, key, value) {
        this.#traceAttributes.push(element, key, value);
        const caseKey = this.#keys.case;
        if (key === caseKey || `case:${key}` === caseKey)
            this.#caseId = value.trim();
    }
    openEvent(line, column) {
        this.#event = { line, column, attributes: [] };
    }
    eventAttribute(element, key, value) {
        this.#event?.attributes.push(element, key, value);
    }
    /**
     * Ends the open event. Once the trace's case id is known (OpenXES writes trace attributes first) the event goes
     * straight into the builder; before that it waits for the end of the trace. Outside any trace it is rejected.
     */
    closeEvent(inTrace) {
        const event = this.#event;
        this.#event = undefined;
        if (!event)
            return;
        if (!inTrace) {
            this.sink.rowsRead++;
            this.#reject(event, 'event outside a trace', 'XES events belong inside a <trace>');
            return;
        }
        this.#traceEvents++;
        if (this.#caseId !== undefined && this.#events.length === 0)
            this.#add(event);
        else
            this.#events.push(event);
    }
    /** Ends the trace: adds the events that waited for a case id, then the case attributes. */
    closeTrace() {
        if (this.#traceEvents === 0)
            this.#emptyTraces++;
        this.#traceEvents = 0;
        for (const event of this.#events)
            this.#add(event);
        this.#events = [];
        if (this.#caseIndex < 0)
            return;
        const caseKey = this.#keys.case;
        const attributes = this.#traceAttributes;
        for (let i = 0; i < attributes.length; i += 3) {
            const key = attributes[i + 1];
            if (key !== caseKey && `case:${key}` !== caseKey)
                this.builder.setCaseAttribute(this.#caseIndex, key, attributes[i + 2]);
        }
    }
    /** What this input was read with. */
    finish() {
        if (this.#emptyTraces > 0)
            this.sink.warnings.push(`${this.file}: ${this.#emptyTraces} trace(s) without events were skipped`);
        const mapping = { case: this.#keys.case };
        for (const [role] of EVENT_ROLES) {
            if (role === 'activity' || role === 'timestamp' || this.#seen.has(role))
                mapping[role] = this.#keys[role];
            else if (this.options.columns?.[role] !== undefined)
                this.sink.warnings.push(`${this.file}: no event has the attribute ${JSON.stringify(this.#keys[role])}`);
        }
        return { mapping, timestampFormat: this.#timestampFormat };
    }
    /** Adds one event of the open trace, or rejects it with the reason. */
    #add(event) {
        this.sink.rowsRead++;
        const keys = this.#keys;
        const caseId = this.#caseId ?? '';
        if (caseId === '')
            return this.#reject(event, 'empty case id', `the trace has no ${keys.case} attribute`);
        const attributes = event.attributes;
        let activity = '';
        let time = '';
        let start = '';
        let resource;
        let role;
        let decision;
        const others = this.#others;
        others.length = 0;
        for (let i = 0; i < attributes.length; i += 3) {
            const slot = this.#slots.get(attributes[i + 1]) ?? OTHER;
            const value = attributes[i + 2];
            if (slot === OTHER)
                others.push(i);
            else if (slot === ACTIVITY)
                activity = value;
            else if (slot === TIME)
                time = value;
            else if (slot === START)
                start = value;
            else if (slot === RESOURCE)
                resource = value;
            else if (slot === ROLE)
                role = value;
            else
                decision = value;
        }
        if (activity.trim() === '')
            return this.#reject(event, 'empty activity', `no ${keys.activity} attribute`);
        if (time.trim() === '')
            return this.#reject(event, 'empty timestamp', `no ${keys.timestamp} attribute`);
        const epoch = this.#parseTime(time);
        if (Number.isNaN(epoch))
            return this.#reject(event, 'unparsable timestamp', `${JSON.stringify(time)} is not ${this.#timestampFormat}`);
        let startEpoch = NaN;
        if (start.trim() !== '') {
            startEpoch = this.#parseTime(start);
            if (Number.isNaN(startEpoch))
                return this.#reject(event, 'unparsable start timestamp', `${JSON.stringify(start)} is not ${this.#timestampFormat}`);
            this.#seen.add('startTimestamp');
        }
        const builder = this.builder;
        const activityId = builder.activities.id(activity);
        if (activityId === NONE)
            return this.#reject(event, 'empty activity', `no ${keys.activity} attribute`);
        if (resource !== undefined)
            this.#seen.add('resource');
        if (role !== undefined)
            this.#seen.add('role');
        if (decision !== undefined)
            this.#seen.add('decision');
        if (this.#caseIndex < 0)
            this.#caseIndex = builder.caseIndex(caseId);
        const index = builder.push(this.#caseIndex, activityId, epoch, startEpoch, resource === undefined ? NONE : builder.resources.id(resource), role === undefined ? NONE : builder.roles.id(role), decision === undefined ? NONE : builder.decisions.id(decision));
        for (const i of others)
            builder.setEventAttribute(index, attributes[i + 1], attributes[i + 2]);
    }
    #reject(event, reason, detail) {
        if (this.options.strict)
            throw new UserError(`${reason}: ${detail} (--strict)`, { file: this.file, line: event.line, column: event.column });
        this.sink.rejected.push({ file: this.file, line: event.line, reason, detail, text: eventText(event) });
    }
}
/** The event as XML, for `--rejects`. */
function eventText(event) {
    const parts = ['<event>'];
    const attributes = event.attributes;
    for (let i = 0; i < attributes.length; i += 3) {
        parts.push(`<${attributes[i]} key="${escapeXml(attributes[i + 1])}" value="${escapeXml(attributes[i + 2])}"/>`);
    }
    parts.push('</event>');
    return parts.join('');
}
