using System.ComponentModel.DataAnnotations;

namespace Lottery.Host.Options;

/// <summary>Lottery:Experiment: which strategies the experiment uses and how far it prunes.</summary>
public sealed class ExperimentOptions
{
    /// <summary>A name for the experiment (used in outputs and, later, run directories).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "expected a non-empty name")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9_.-]*$", ErrorMessage = "expected letters, digits, '.', '_' or '-' (no path separators)")]
    public string Name { get; set; } = "fashion-lenet";

    /// <summary>Architecture strategy name (see `./lottery plugins`).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "expected an architecture strategy name")]
    public string Architecture { get; set; } = "lenet";

    /// <summary>The architecture's variant, e.g. "300-100" for LeNet.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "expected a variant such as 300-100")]
    public string Variant { get; set; } = "300-100";

    /// <summary>Dataset strategy name.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "expected a dataset strategy name")]
    public string Dataset { get; set; } = "fashion-mnist";

    /// <summary>Pruner strategy name.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "expected a pruner strategy name")]
    public string Pruner { get; set; } = "magnitude";

    /// <summary>Pruning levels after the dense level 0; density after L levels is (1 - PruneFraction)^L, up to the rounding up of each level's count.</summary>
    [Range(0, 100, ErrorMessage = "expected an integer from 0 to 100")]
    public int Levels { get; set; } = 1;

    /// <summary>The fraction of the remaining weights pruned at each level: ceil(PruneFraction * remaining) of them (open_lth's count).</summary>
    [Range(1e-9, 1 - 1e-9, ErrorMessage = "expected a fraction strictly between 0 and 1")]
    public double PruneFraction { get; set; } = 0.2;

    /// <summary>
    /// The rewind point: survivors are reset to their values after this much training of level 0 ("0it":
    /// initialisation, "1000it", "1ep"), and each level trains from there with the schedule rewound too.
    /// </summary>
    [StepCount]
    public string RewindStep { get; set; } = "0it";

    /// <summary>Prunable tensors to keep dense, by name (e.g. "layers.5.weight").</summary>
    public List<string> IgnoredTensors { get; set; } = new();

    /// <summary>Keep the output layer dense (as open_lth does for LeNet and VGG).</summary>
    public bool KeepOutputLayerDense { get; set; } = true;
}
