using System.Globalization;

namespace Lottery.Host.Demo;

/// <summary>Parses `--epochs N --batch-size N --lr X --seed N --threads N --data DIR` for the demo run.</summary>
public static class DemoArguments
{
    public static DemoSettings Parse(string[] args)
    {
        var settings = new DemoSettings();
        for (var i = 0; i < args.Length; i++)
        {
            var key = args[i];
            if (i + 1 >= args.Length) throw new ArgumentException($"option {key} needs a value");
            var value = args[++i];
            settings = key switch
            {
                "--epochs" => settings with { Epochs = Positive(key, value) },
                "--batch-size" => settings with { BatchSize = Positive(key, value) },
                "--lr" => settings with { LearningRate = PositiveReal(key, value) },
                "--seed" => settings with { Seed = ulong.TryParse(value, out var seed) ? seed : throw Invalid(key, value, "a non-negative integer") },
                "--threads" => settings with { Threads = Positive(key, value) },
                "--data" => settings with { DataDirectory = value },
                _ => throw new ArgumentException($"unknown option {key}: expected --epochs, --batch-size, --lr, --seed, --threads or --data"),
            };
        }
        return settings;
    }

    private static int Positive(string key, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw Invalid(key, value, "a positive integer");

    private static double PositiveReal(string key, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x > 0 ? x : throw Invalid(key, value, "a positive number");

    private static ArgumentException Invalid(string key, string value, string expected) => new($"{key} '{value}' is invalid: expected {expected}");
}
