namespace Lottery.TestPlugins.Helper;

/// <summary>Something for MissingDependency.Plugin to call while it registers.</summary>
public static class Descriptions
{
    public static string Of(string strategy) => $"{strategy}, described by Helper.Library";
}
