namespace Lottery.TestPlugins;

/// <summary>The options of a test strategy that has no settings.</summary>
public sealed class NoOptions;
