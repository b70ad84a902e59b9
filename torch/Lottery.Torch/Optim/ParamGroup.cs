using static Lottery.Torch.torch;

namespace Lottery.Torch.Optim;

/// <summary>
/// Parameters that share hyperparameters (PyTorch's param_groups entry). The options are one record per
/// algorithm; a group cannot switch algorithm, and every new value is validated.
/// </summary>
public sealed class ParamGroup
{
    private OptimizerOptions options;

    public ParamGroup(IEnumerable<Tensor> parameters, OptimizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        Parameters = parameters.ToArray();
        options.Validate();
        this.options = options;
    }

    public IReadOnlyList<Tensor> Parameters { get; }

    public OptimizerOptions Options
    {
        get => options;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.GetType() != options.GetType())
            {
                throw new ArgumentException($"a group with {options.GetType().Name} cannot take {value.GetType().Name}");
            }
            value.Validate();
            options = value;
        }
    }

    /// <summary>The learning rate, which schedules rewrite every step.</summary>
    public double lr
    {
        get => options.lr;
        set => Options = options with { lr = value };
    }

    /// <summary>
    /// The lr that schedules start from (PyTorch's group['initial_lr']): set by the first schedule attached, so
    /// a second schedule on the same optimizer (warmup, then decay) starts from the same base.
    /// </summary>
    public double? initial_lr { get; set; }
}
