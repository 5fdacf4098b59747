// What every command module shares: its registration signature and how its action reports an exit code.
/** Wraps an action that returns an exit code, so commander's action handler stays thin. */
export function withExitCode(context, action) {
    return async (...args) => {
        context.setExitCode(await action(...args));
    };
}
