using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// Splits a training set into train and validation by a seeded permutation: the last validationSize
/// examples of the permutation are held out. The same seed always holds out the same examples. A validationSize
/// of 0 holds out none: every example trains and the validation split is empty.
/// </summary>
public static class HeldOutSplit
{
    /// <summary>The example indices (int64, CPU) of each part, in the current dispose scope.</summary>
    public static (Tensor Train, Tensor Validation) Indices(long count, long validationSize, ulong seed)
    {
        if (validationSize < 0 || validationSize >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(validationSize), validationSize,
                $"ValidationSize {validationSize} is invalid: expected 0 (no validation split) to {count - 1}, fewer than the {count} training examples");
        }
        using var scope = NewDisposeScope();
        using var generator = new Generator(seed);
        var permutation = randperm(count, generator: generator);
        var trainSize = count - validationSize;
        return (
            permutation.narrow(0, 0, trainSize).MoveToOuterDisposeScope(),
            permutation.narrow(0, trainSize, validationSize).MoveToOuterDisposeScope());
    }
}
