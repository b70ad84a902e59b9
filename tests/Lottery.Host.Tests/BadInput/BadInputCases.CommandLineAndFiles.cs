using static Lottery.Host.Tests.BadInput.BadInputCase;

namespace Lottery.Host.Tests.BadInput;

internal static partial class BadInputCases
{
    /// <summary>The command line, configuration files, and keys that do not exist.</summary>
    private static IEnumerable<(string Name, BadInputCase Case)> CommandLineAndFiles() =>
    [
        ("config file that is not JSON", new(workspace =>
                workspace.Arguments(["--config", workspace.Files.Write("broken.json", "{\n  \"Lottery\": {\n    \"Training\": { \"Duration\": \"3ep\" ]\n  }\n}\n"u8.ToArray())]),
            UsageError, ["configuration file {root}/broken.json is not valid JSON: line 3, column 37"], OwnProcess: true)),
        ("config file that does not exist", new(workspace => workspace.Arguments(["--config", Path.Combine(workspace.Root, "absent.json")]),
            UsageError, ["configuration file not found: {root}/absent.json"])),
        ("unknown argument", Overrides(["--epochs", "3"], UsageError,
            "unknown argument '--epochs': expected --config FILE.json, --sweep STUDY.json, --status or a configuration override such as --Lottery:Training:Epochs=3")),
        ("unknown verb", new(workspace => ["trian", .. workspace.Arguments([]).Skip(1)],
            UsageError, ["unknown verb 'trian': expected run, runs, plugins, config, version"])),
        ("unknown section", Overrides(["--Lottery:Trainng:Duration=3ep"], UsageError,
            "unknown configuration key Lottery:Trainng: the Lottery section has Experiment, Training, Plugins")),
        ("unknown key", Overrides(["--Lottery:Training:Epochs=3"], UsageError,
            "Lottery:Training:Epochs is not a known key: Lottery:Training has Duration, BatchSize, Optimizer")),
        ("unknown key of a transfer", Overrides(["--Lottery:Transform:Transfers:0:Target=20"], UsageError,
            "Lottery:Transform:Transfers:0:Target is not a known key: Lottery:Transform:Transfers:0 has Source, TargetVariant, Transformer")),
        ("unknown metrics key", Overrides(["--Lottery:Metrics:Prometheus:Port=9464"], UsageError,
            "Lottery:Metrics:Prometheus:Port is not a known key")),
        ("unknown strategy option", Overrides(["--Lottery:Strategies:magnitude:Scop=layerwise"], UsageError,
            "Lottery:Strategies:magnitude:Scop is not a known key: Lottery:Strategies:magnitude has Scope")),
        ("list given as one value", Overrides(["--Lottery:Pools:Methods=swa"], UsageError,
            "Lottery:Pools:Methods = 'swa' is invalid: expected a list, given item by item (Lottery:Pools:Methods:0=..., Lottery:Pools:Methods:1=...)")),
        ("plugins folder that does not exist", new(workspace => workspace.Arguments([$"--Lottery:Plugins:Directory={workspace.Root}/no-plugins"]),
            UsageError, ["Lottery:Plugins:Directory = '{root}/no-plugins' is invalid: expected an existing folder holding plugin folders (<Name>/<Name>.dll), but {root}/no-plugins does not exist"])),
    ];
}
