using System.Text.Json;
using System.Text.Json.Nodes;
using Lottery.Contracts.Data;
using Lottery.Contracts.Plugins;
using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Plugins;
using Lottery.Host.Training;
using Lottery.Host.Runs;

namespace Lottery.Host.Training;

/// <summary>
/// A dataset may hold out no validation images (ValidationSize 0: open_lth trains on the whole training set); then IMP's
/// "best" epoch is simply the final one, but the pools stage, which judges its candidates by validation accuracy, has
/// nothing to judge by. Such a plan is refused as soon as the data is loaded, before any training or run directory.
/// </summary>
public static class ValidationSplitCheck
{
    public static void Require(LotteryOptions options, StrategyFactory strategies, DatasetSplits data)
    {
        if (data.Validation.Count > 0 || options.Pools.Methods.Count == 0) return;
        var dataset = options.Experiment.Dataset;
        throw new ConfigurationError(
            $"Lottery:Pools:Methods = [{string.Join(", ", options.Pools.Methods)}] needs a validation split (the pools stage judges its candidates by validation accuracy), " +
            $"but {EmptySplitSetting(strategies, dataset)}: hold validation images out of the training set (e.g. --Lottery:Strategies:{dataset}:ValidationSize=5000) or remove the pool methods");
    }

    // The dataset's setting that left the split empty: its ValidationSize where its options have one (every built-in
    // dataset's do), else the dataset itself.
    private static string EmptySplitSetting(StrategyFactory strategies, string dataset)
    {
        var settings = strategies.Resolve(StrategyKind.Dataset, dataset, "Lottery:Experiment:Dataset").OptionsJson as JsonObject;
        return settings?["ValidationSize"] is { } size
            ? $"Lottery:Strategies:{dataset}:ValidationSize = {size.ToJsonString()} holds out none"
            : $"Lottery:Experiment:Dataset = '{dataset}' has an empty validation split with its settings (Lottery:Strategies:{dataset})";
    }
}
