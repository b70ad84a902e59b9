using System.ComponentModel.DataAnnotations;
using Lottery.Host.Configuration;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Options;

/// <summary>The "Lottery" section: the host's settings (strategy options live under Lottery:Strategies:&lt;name&gt;).</summary>
public sealed record LotteryOptions
{
    public const string Section = "Lottery";

    private static readonly string[] KnownKeys = ["Experiment", "Training", "Plugins", "Runs", "Pools", "Transform", "SparseTraining", "Sweep", "Strategies", "Device", "Threads", "Metrics"];

    public ExperimentOptions Experiment { get; init; } = new();

    public TrainingOptions Training { get; init; } = new();

    public PluginOptions Plugins { get; init; } = new();

    public RunsOptions Runs { get; init; } = new();

    public MetricsOptions Metrics { get; init; } = new();

    public PoolsOptions Pools { get; init; } = new();

    public TransformOptions Transform { get; init; } = new();

    public SparseTrainingOptions SparseTraining { get; init; } = new();

    public SweepOptions Sweep { get; init; } = new();

    /// <summary>auto (CUDA when available), cpu, cuda or cuda:N.</summary>
    public string Device { get; init; } = "auto";

    /// <summary>libtorch intra-op threads; 0: every core this process may use (<see cref="IntraOpThreads"/>).</summary>
    public int Threads { get; init; }

    /// <summary>
    /// The intra-op thread count a run uses: Threads, or for 0 the cores this process may use. .NET's ProcessorCount
    /// counts the CPUs of the process's affinity (sched_getaffinity: taskset, Slurm's binding) within any container
    /// limit; libtorch's own default (the physical cores) would leave a hyper-threaded or container core idle.
    /// </summary>
    public int IntraOpThreads => Threads > 0 ? Threads : Environment.ProcessorCount;

    /// <summary>Binds and validates every host section; the first problem found is a <see cref="ConfigurationError"/>.</summary>
    public static LotteryOptions Load(IConfiguration configuration)
    {
        var root = configuration.GetSection(Section);
        var unknown = root.GetChildren().Select(c => c.Key).Where(k => !KnownKeys.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new ConfigurationError($"unknown configuration key {Section}:{unknown[0]}: the {Section} section has {string.Join(", ", KnownKeys)}");
        }
        var scalarSection = new ConfigurationBuilder().AddInMemoryCollection(
            root.GetChildren().Where(c => c.Value != null).Select(c => KeyValuePair.Create($"{Section}:{c.Key}", c.Value))).Build();
        var scalars = SectionBinder.Bind<ScalarSettings>(scalarSection, Section);
        return new LotteryOptions
        {
            Experiment = SectionBinder.Bind<ExperimentOptions>(configuration, $"{Section}:Experiment"),
            Training = SectionBinder.Bind<TrainingOptions>(configuration, $"{Section}:Training"),
            Plugins = SectionBinder.Bind<PluginOptions>(configuration, $"{Section}:Plugins"),
            Runs = SectionBinder.Bind<RunsOptions>(configuration, $"{Section}:Runs"),
            Metrics = MetricsOptions.Load(configuration, $"{Section}:Metrics"),
            Pools = SectionBinder.Bind<PoolsOptions>(configuration, $"{Section}:Pools"),
            Transform = SectionBinder.Bind<TransformOptions>(configuration, $"{Section}:Transform"),
            SparseTraining = SectionBinder.Bind<SparseTrainingOptions>(configuration, $"{Section}:SparseTraining"),
            Sweep = SweepOptions.Load(configuration, $"{Section}:Sweep"),
            Device = scalars.Device,
            Threads = scalars.Threads,
        };
    }

    // The top-level values of the Lottery section (Device, Threads), bound and validated like the sub-sections.
    private sealed class ScalarSettings
    {
        [RegularExpression("^(auto|cpu|cuda(:[0-9]+)?)$", ErrorMessage = "expected auto, cpu, cuda or cuda:N")]
        public string Device { get; set; } = "auto";

        [Range(0, 1024, ErrorMessage = "expected a thread count from 0 (every core this process may use) to 1024")]
        public int Threads { get; set; }
    }
}
