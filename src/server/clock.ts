/** The server's time source; tests inject a controllable one (token expiry, throttling). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
