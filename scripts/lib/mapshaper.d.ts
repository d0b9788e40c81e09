// mapshaper ships no types; only the programmatic entry point the build uses is declared.
declare module "mapshaper" {
  const mapshaper: {
    applyCommands(
      commands: string,
      input: Record<string, unknown>,
    ): Promise<Record<string, string>>;
  };
  export default mapshaper;
}
