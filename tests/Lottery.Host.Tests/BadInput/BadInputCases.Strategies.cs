using static Lottery.Host.Tests.BadInput.BadInputCase;

namespace Lottery.Host.Tests.BadInput;

internal static partial class BadInputCases
{
    /// <summary>
    /// A ResNet-8 (one block a stage, width 4) whose level-1 ticket moves to ResNet-14 (two blocks a stage) by an
    /// explicit block mapping.
    /// </summary>
    private static string[] BlockMapping(string mapping) =>
    [
        "--Lottery:Experiment:Architecture=cifar-resnet", "--Lottery:Experiment:Variant=8-4",
        "--Lottery:Transform:Transfers:0:TargetVariant=14-4", "--Lottery:Transform:Transfers:0:Transformer=block-mapping",
        "--Lottery:Transform:SourceLevels:0=1", $"--Lottery:Strategies:block-mapping:Mapping={mapping}",
    ];

    /// <summary>
    /// The tiny experiment on the test plugins' strategies (Good.Plugin's dataset test-blobs, architecture test-two-layer
    /// and pruner test-good) from a plugins folder filled as given, instead of the built-in plugins.
    /// </summary>
    private static BadInputCase WithTestPlugins(Func<PluginsFolder, PluginsFolder> fill, string[] overrides, params string[] message) =>
        new(workspace =>
        {
            var plugins = fill(workspace.Hold(new PluginsFolder()));
            return workspace.Arguments([$"--Lottery:Plugins:Directory={plugins.DirectoryPath}", "--Lottery:Experiment:Dataset=test-blobs",
                "--Lottery:Experiment:Architecture=test-two-layer", "--Lottery:Experiment:Variant=8", "--Lottery:Experiment:Pruner=test-good", .. overrides]);
        }, UsageError, message);

    /// <summary>Strategy names, their options, and settings that ask a strategy for what it cannot do.</summary>
    private static IEnumerable<(string Name, BadInputCase Case)> Strategies() =>
    [
        ("unknown pruner", new(workspace => workspace.Arguments(["--Lottery:Experiment:Pruner=magnitud"]), UsageError,
            ["Lottery:Experiment:Pruner = 'magnitud' is not a known pruner: known pruner strategies are grasp, magnitude, oneshot-magnitude"], OwnProcess: true)),
        ("unknown pruner where plugin folders failed to load", WithTestPlugins(plugins => plugins.Add("Good.Plugin").Add("Throwing.Plugin").AddGarbage("Garbage"),
            ["--Lottery:Experiment:Pruner=nope"],
            "Lottery:Experiment:Pruner = 'nope' is not a known pruner: known pruner strategies are test-good. 2 plugin folder(s) failed to load:",
            "Garbage.dll: not a valid .NET assembly", "Throwing.Plugin.dll: registration failed")),
        ("pruner registered by two plugins", WithTestPlugins(plugins => plugins.Add("Good.Plugin").Add("Duplicate.Plugin"), [],
            "Lottery:Experiment:Pruner = 'test-good': pruner 'test-good' is registered by more than one plugin: Duplicate.Plugin (", "Good.Plugin (", "remove all but one")),
        ("plugin option out of range", WithTestPlugins(plugins => plugins.Add("Good.Plugin"), ["--Lottery:Strategies:test-good:MinimumKept=0"],
            "Lottery:Strategies:test-good:MinimumKept = 0 is invalid: expected a count from 1 to 1000000")),
        ("unknown architecture", Overrides(["--Lottery:Experiment:Architecture=lenett"], UsageError,
            "Lottery:Experiment:Architecture = 'lenett' is not a known architecture: known architecture strategies are cifar-resnet, cifar-vgg, conv, lenet, resnet")),
        ("unknown architecture variant", Overrides(["--Lottery:Experiment:Variant=thirty"], UsageError,
            "Lottery:Experiment:Architecture = 'lenet' with Variant = 'thirty' cannot be built for Lottery:Experiment:Dataset = 'mnist'",
            "LeNet variant 'thirty' is invalid: expected positive hidden-layer widths joined by '-'")),
        ("unknown dataset", Overrides(["--Lottery:Experiment:Dataset=mnits"], UsageError,
            "Lottery:Experiment:Dataset = 'mnits' is not a known dataset: known dataset strategies are cifar-10, cifar-100, fashion-mnist, mnist")),
        ("unknown pool method", Overrides(["--Lottery:Pools:Methods:0=lottery-poolz"], UsageError,
            "Lottery:Pools:Methods:0 = 'lottery-poolz' is not a known pool-interpolator: known pool-interpolator strategies are average, ema")),
        ("unknown ticket transformer", Overrides(["--Lottery:Transform:Transfers:0:TargetVariant=14", "--Lottery:Transform:Transfers:0:Transformer=stretch",
                "--Lottery:Transform:SourceLevels:0=1"], UsageError,
            "Lottery:Transform:Transfers:0:Transformer = 'stretch' is not a known ticket-transformer: known ticket-transformer strategies are block-mapping")),
        ("unknown transform baseline", Overrides(["--Lottery:Transform:Transfers:0:TargetVariant=14", "--Lottery:Transform:Transfers:0:Transformer=stretch-append",
                "--Lottery:Transform:SourceLevels:0=1", "--Lottery:Transform:Baselines:0=snap"], UsageError,
            "Lottery:Transform:Baselines = 'snap' is not a known pruner")),
        ("unknown magnitude scope", Overrides(["--Lottery:Strategies:magnitude:Scope=diagonal"], UsageError,
            "Lottery:Strategies:magnitude:Scope = 'diagonal' is invalid: expected")),
        ("pool alpha above 1", Overrides(["--Lottery:Pools:Methods:0=lottery-pools", "--Lottery:Strategies:lottery-pools:Alphas:0=1.5"], UsageError,
            "Lottery:Strategies:lottery-pools:Alphas = [1.5] is invalid: expected mixing weights in (0, 1]")),
        ("negative pool alpha", Overrides(["--Lottery:Pools:Methods:0=lottery-pools", "--Lottery:Strategies:lottery-pools:Alphas:0=0.5", "--Lottery:Strategies:lottery-pools:Alphas:1=-0.1"], UsageError,
            "Lottery:Strategies:lottery-pools:Alphas = [0.5, -0.1] is invalid: expected mixing weights in (0, 1]")),
        ("pool alpha 0, which mixes nothing in", Overrides(["--Lottery:Pools:Methods:0=lottery-pools", "--Lottery:Strategies:lottery-pools:Alphas:0=0"], UsageError,
            "Lottery:Strategies:lottery-pools:Alphas = [0] is invalid: expected mixing weights in (0, 1]")),
        ("pool alpha that is not a number", Overrides(["--Lottery:Pools:Methods:0=lottery-pools", "--Lottery:Strategies:lottery-pools:Alphas:0=half"], UsageError,
            "Lottery:Strategies:lottery-pools:Alphas:0 = 'half' is invalid: expected a number")),
        ("empty pool alpha grid", Overrides(["--Lottery:Pools:Methods:0=lottery-pools", "--Lottery:Strategies:lottery-pools:Alphas="], UsageError,
            "Lottery:Strategies:lottery-pools:Alphas = '' is invalid: expected a list", "leave it unset for its default")),
        ("ema alpha of 1", Overrides(["--Lottery:Pools:Methods:0=ema", "--Lottery:Strategies:ema:Alpha=1"], UsageError,
            "Lottery:Strategies:ema:Alpha = 1 is invalid: expected a mixing weight strictly between 0 and 1")),
        ("ema's earlier Decay, whose weight fell on the other side", Overrides(["--Lottery:Pools:Methods:0=ema", "--Lottery:Strategies:ema:Decay=0.95"], UsageError,
            "Lottery:Strategies:ema:Decay is not a known key: Lottery:Strategies:ema has")),
        ("negative acceptance margin", Overrides(["--Lottery:Pools:Methods:0=lottery-pools", "--Lottery:Strategies:lottery-pools:MinImprovement=-1"], UsageError,
            "Lottery:Strategies:lottery-pools:MinImprovement = -1 is invalid: expected accuracy points from 0 to 100")),
        ("unknown pool checkpoint", Overrides(["--Lottery:Pools:Methods:0=swa", "--Lottery:Pools:Checkpoint=last"], UsageError,
            "Lottery:Pools:Checkpoint = 'last' is invalid: expected one of best, final")),
        ("unknown BatchNorm loader", Overrides(["--Lottery:Pools:Methods:0=swa", "--Lottery:Pools:BatchNormLoader=random"], UsageError,
            "Lottery:Pools:BatchNormLoader = 'random' is invalid: expected one of training, fixed")),
        ("negative validation size", Overrides(["--Lottery:Strategies:mnist:ValidationSize=-1"], UsageError,
            "Lottery:Strategies:mnist:ValidationSize = -1 is invalid: expected the number of training images to hold out for validation, 0 for none")),
        ("malformed block mapping", Overrides(BlockMapping("0:0;1-2"), UsageError,
            "Lottery:Strategies:block-mapping:Mapping = '0:0;1-2' is invalid: block mapping '0:0;1-2': stage part 1: '1-2' is not of the form src:dst[,dst...]")),
        ("block mapping that does not fit the networks", new(workspace => workspace.Arguments(BlockMapping("0:0;1:1;2:2")), RunFailure,
            ["Lottery:Strategies:block-mapping:Mapping = '0:0;1:1;2:2' does not fit the networks (stage 1 (layer1) 1 -> 2 blocks, stage 2 (layer2) 1 -> 2 blocks",
                "source block 1 is out of range: the source stage has blocks 0..0"], KeptLevels: 2)),
        ("levels pruned past the last weight", Overrides(["--Lottery:Experiment:Levels=5", "--Lottery:Experiment:PruneFraction=0.9"], UsageError,
            "Lottery:Experiment:Levels = 5 with PruneFraction = 0.9 prunes to density 1E-05, which keeps none of the 23520 weights pruned in lenet-30: expected at most 4 levels at this fraction")),
        ("transfer from a level the run does not reach", Overrides(["--Lottery:Transform:Transfers:0:TargetVariant=14", "--Lottery:Transform:Transfers:0:Transformer=stretch-append",
                "--Lottery:Transform:SourceLevels:0=3"], UsageError,
            "Lottery:Transform:SourceLevels has level 3, but Lottery:Experiment:Levels = 1")),
        ("pool target level the run does not reach", new(workspace => workspace.Arguments(["--Lottery:Pools:Methods:0=swa", "--Lottery:Pools:TargetLevels:0=4"]), UsageError,
            ["Lottery:Pools:TargetLevels names level 4, but the run has levels 0 to 1 (Lottery:Experiment:Levels = 1)"])),
        ("pools stage without a validation split", Overrides(["--Lottery:Pools:Methods:0=swa", "--Lottery:Strategies:mnist:ValidationSize=0"], UsageError,
            "Lottery:Pools:Methods = [swa] needs a validation split (the pools stage judges its candidates by validation accuracy), " +
            "but Lottery:Strategies:mnist:ValidationSize = 0 holds out none: hold validation images out of the training set (e.g. --Lottery:Strategies:mnist:ValidationSize=5000)")),
        ("pair average with a level the run does not have", new(workspace => workspace.Arguments(["--Lottery:Pools:Methods:0=pair-average", "--Lottery:Strategies:pair-average:With=5"]), RunFailure,
            ["Lottery:Strategies:pair-average:With = 5, but the run has levels 0 to 1"], KeptLevels: 2)),
        ("pair average of a run with zero levels", new(workspace => workspace.Arguments(["--Lottery:Experiment:Levels=0", "--Lottery:Pools:Methods:0=pair-average"]), RunFailure,
            ["pair-average averages two levels, but the run has only level 0: expected Lottery:Experiment:Levels = 1 or more"], KeptLevels: 1)),
        ("images too small for the architecture", new(workspace =>
            {
                var small = workspace.WriteMnist("mnist-8x8", side: 8);
                return workspace.Arguments([$"--Lottery:Strategies:mnist:Directory={small}", "--Lottery:Experiment:Architecture=cifar-vgg", "--Lottery:Experiment:Variant=16"]);
            }, UsageError,
            ["Lottery:Experiment:Architecture = 'cifar-vgg' with Variant = '16' cannot be built for Lottery:Experiment:Dataset = 'mnist' (inputs [1, 8, 8], 10 classes)",
                "a 8x8 image is too small for 4 2x2 max-pools (at least 16 pixels a side)"])),
    ];
}
