/** The SDK's version: the gateway's, as npm spells it (0.1.0-SNAPSHOT is 0.1.0-dev.0). */
export const VERSION = "0.1.0-dev.0";
