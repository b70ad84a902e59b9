using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Plugins;
using Lottery.Torch;
using static Lottery.Torch.torch;
using Lottery.Host.Runs;

namespace Lottery.Host.Training;

/// <summary>
/// The data and network every stage of an experiment runs on: the configured dataset loaded and the configured
/// architecture built on the configured device, each right after seeding, so every stage sees the same
/// validation split and the same initial weights. A plan whose stages need a validation split the data does not
/// hold out is refused here, before anything trains (<see cref="ValidationSplitCheck"/>). Owns both.
/// </summary>
public sealed class ExperimentSetup : IDisposable
{
    private ExperimentSetup(DatasetSplits data, ArchitectureModel model, Device device, ulong seed)
    {
        Data = data;
        Model = model;
        Device = device;
        Seed = seed;
    }

    public DatasetSplits Data { get; }

    public ArchitectureModel Model { get; }

    public Device Device { get; }

    public ulong Seed { get; }

    public static ExperimentSetup Load(LotteryOptions options, StrategyFactory strategies)
    {
        var experiment = options.Experiment;
        var dataset = strategies.Create<IDataset>(experiment.Dataset, "Lottery:Experiment:Dataset");
        var architecture = strategies.Create<IArchitecture>(experiment.Architecture, "Lottery:Experiment:Architecture");
        var device = DeviceSelection.Resolve(options.Device);
        var seed = (ulong)options.Training.Seed;
        manual_seed(seed);
        var data = dataset.Load(new DatasetRequest(device, seed));
        try
        {
            ValidationSplitCheck.Require(options, strategies, data);
            var model = Initial(architecture, new ArchitectureSpec(experiment.Architecture, experiment.Variant, data.InputShape, data.Classes), experiment.Dataset, device, seed);
            return new ExperimentSetup(data, model, device, seed);
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The network for the spec as IMP's level 0 starts it: built right after seeding, then moved to the device. The
    /// transform stage builds its targets' own initialisations by this too.
    /// </summary>
    public static ArchitectureModel Initial(IArchitecture architecture, ArchitectureSpec spec, string dataset, Device device, ulong seed)
    {
        manual_seed(seed);
        var model = Build(architecture, spec, dataset);
        model.Network.to(device);
        return model;
    }

    /// <summary>
    /// The network for the spec. An architecture reports a spec it cannot build (an unknown variant, images too small
    /// for its pooling) as an ArgumentException: that is the configuration's mistake, so it is named as one.
    /// </summary>
    private static ArchitectureModel Build(IArchitecture architecture, ArchitectureSpec spec, string dataset)
    {
        try
        {
            return architecture.Create(spec);
        }
        catch (StrategyFailedException e) when (e.InnerException is ArgumentException cannot)
        {
            throw new ConfigurationError(
                $"Lottery:Experiment:Architecture = '{spec.Strategy}' with Variant = '{spec.Variant}' cannot be built for Lottery:Experiment:Dataset = '{dataset}' " +
                $"(inputs [{string.Join(", ", spec.InputShape)}], {spec.Classes} classes): {UserMessage.Of(cannot)}", e);
        }
    }

    public void Dispose()
    {
        Model.Dispose();
        Data.Dispose();
    }
}
