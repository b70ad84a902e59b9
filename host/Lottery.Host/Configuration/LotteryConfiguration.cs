using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Configuration;

/// <summary>
/// Builds the configuration, later sources overriding earlier ones: appsettings.json next to the host,
/// then each --config file in order, then environment variables (<c>Lottery__Training__Epochs=3</c>),
/// then command-line overrides (<c>--Lottery:Training:Epochs=3</c>).
/// </summary>
public static class LotteryConfiguration
{
    public static IConfigurationRoot Build(CommandLineArguments arguments, string baseDirectory)
    {
        var builder = new ConfigurationBuilder();
        AddJson(builder, Path.Combine(baseDirectory, "appsettings.json"), optional: true);
        foreach (var file in arguments.ConfigFiles) AddJson(builder, Path.GetFullPath(file), optional: false);
        builder.AddEnvironmentVariables();
        builder.AddCommandLine(arguments.Overrides.ToArray());
        try
        {
            return builder.Build();
        }
        catch (InvalidDataException e)
        {
            // The JSON provider reports "Could not parse the JSON file" with the line and position.
            throw new ConfigurationError($"{e.Message} {e.InnerException?.Message}".Trim(), e);
        }
        catch (FormatException e)
        {
            // The command-line provider's: an override it reads as an undefined switch (its prefix test is culture-aware).
            throw new ConfigurationError($"command line: {e.Message}", e);
        }
    }

    private static void AddJson(ConfigurationBuilder builder, string path, bool optional)
    {
        if (!optional && !File.Exists(path)) throw new ConfigurationError($"configuration file not found: {path}");
        if (File.Exists(path)) CheckJson(path);
        builder.AddJsonFile(path, optional, reloadOnChange: false);
    }

    // Parsing once here gives the user the file, line and column of a syntax error.
    private static void CheckJson(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationError($"configuration file {path} is not valid JSON: line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}: {e.Message}", e);
        }
    }
}
