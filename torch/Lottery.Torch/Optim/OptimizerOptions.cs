using System.Globalization;

namespace Lottery.Torch.Optim;

/// <summary>
/// The hyperparameters of one parameter group: a plain record per algorithm, so a group's settings are copied,
/// compared and changed with <c>with</c> (a learning-rate schedule rewrites <see cref="lr"/> that way).
/// The primary constructor's parameters are the hyperparameters that optimizer state saves and restores.
/// </summary>
public abstract record OptimizerOptions(double lr)
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming the first hyperparameter outside its range.</summary>
    public virtual void Validate() => Require(lr >= 0, nameof(lr), lr, "must be >= 0");

    protected static void Require(bool holds, string name, object value, string allowed)
    {
        if (!holds)
        {
            throw new ArgumentException($"invalid {name} {Convert.ToString(value, CultureInfo.InvariantCulture)}: {allowed}");
        }
    }
}
