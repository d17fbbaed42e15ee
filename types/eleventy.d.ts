// The few parts of Eleventy 3 that annuaire uses (Eleventy ships JSDoc, not declarations).
declare module "@11ty/eleventy" {
  export interface UserConfig {
    addExtension(extensions: string | string[], options: { key: string }): void;
    setTemplateFormats(formats: string[]): void;
    setQuietMode(quiet: boolean): void;
    addGlobalData(name: string, value: unknown): void;
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void;
    addWatchTarget(path: string): void;
    setUseGitIgnore(use: boolean): void;
  }
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    runMode?: "build" | "serve" | "watch";
    config?: (eleventyConfig: UserConfig) => void;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    readonly logger: { overrideLogger(logger: Record<string, (message: string) => void> | false): void };
  }
  export const I18nPlugin: unknown;
  export default Eleventy;
}
