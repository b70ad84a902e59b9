using System.Text.Json.Nodes;
using Lottery.Contracts.Architectures;
using Lottery.Contracts.Tickets;
using Lottery.Host.Configuration;
using Lottery.Host.Runs;
using Lottery.Torch.Serialization;
using static Lottery.Torch.torch;
using Lottery.Host.Training;
using Lottery.Host.Options;

namespace Lottery.Host.Stages;

/// <summary>
/// An IMP run that tickets are moved from: its directory and what its experiment.json says it trained. Its ticket
/// at level L is level 0's rewind weights (dense, BatchNorm statistics included) with level L's mask: the
/// transformer moves both, and the baselines train at the moved mask's density.
/// </summary>
public sealed record TransferSource(string RunPath, string Architecture, string Variant, string Dataset)
{
    /// <summary>"cifar-resnet-14": how results name the source.</summary>
    public string Name => $"{Architecture}-{Variant}";

    /// <summary>Reads the run's experiment.json; configKey names the setting that pointed here, for errors.</summary>
    public static TransferSource Read(string runPath, string configKey)
    {
        var recorded = Path.Combine(runPath, "experiment.json");
        if (!File.Exists(recorded)) throw new ConfigurationError($"{configKey} = '{runPath}' is not an IMP run directory: it has no experiment.json");
        var experiment = JsonNode.Parse(File.ReadAllText(recorded))?["experiment"]
            ?? throw new InvalidDataException($"{recorded} has no \"experiment\" section");
        string Setting(string key) => experiment[key]?.GetValue<string>() ?? throw new InvalidDataException($"{recorded} has no experiment.{key}");
        return new TransferSource(Path.GetFullPath(runPath), Setting("architecture"), Setting("variant"), Setting("dataset"));
    }

    /// <summary>The file every ticket's weights come from: level 0's rewind weights.</summary>
    public string RewindFile => RunDirectory.Level(RunPath, 0).RewindPath;

    /// <summary>The file level's ticket's mask comes from.</summary>
    public string MaskFile(int level) => RunDirectory.Level(RunPath, level).MaskPath;

    /// <summary>The ticket of a complete level, for a network of this source's architecture on the given input.</summary>
    public Ticket LoadTicket(int level, ArchitectureSpec spec)
    {
        var directory = RunDirectory.Level(RunPath, level);
        if (!directory.IsComplete) throw new ConfigurationError($"the source run {RunPath} has no complete level {level} (no {directory.RecordPath}): run its IMP that far first");
        using var scope = NewDisposeScope();
        using var rewind = SafeTensors.Load(RewindFile);
        using var mask = SafeTensors.Load(MaskFile(level));
        return new Ticket(spec,
            new StateDict(rewind.Tensors.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.clone()))),
            new Mask(mask.Tensors.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.clone()))),
            new TicketProvenance(Path.GetFileName(RunPath), level, "imp"));
    }
}
