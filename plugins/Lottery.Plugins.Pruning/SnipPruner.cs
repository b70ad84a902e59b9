using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// <c>snip</c> (Lee et al. 2019), as Synaptic-Flow's SNIP scores: connection sensitivity |g ⊙ w|, g the gradient of the
/// training loss at the model's current weights summed over the scoring batches (each batch's loss a mean), normalised
/// to sum to 1 over all covered tensors; of the weights alive, the largest scores are kept. See <see cref="GradientScoring"/>
/// for the mode and the data.
/// </summary>
public sealed class SnipPruner(GradientScoreOptions options) : IPruner
{
    public const string Name = "snip";

    public Mask Prune(PruningContext context) => GradientScoring.KeepLargest(context, Scores);

    /// <summary>|g ⊙ w| / Σ|g ⊙ w| of each covered tensor, in the caller's dispose scope; the model is left as it was.</summary>
    public Dictionary<string, Tensor> Scores(PruningContext context) =>
        GradientScoring.Normalised(context, options, Name, epsilon: 0, scoring =>
        {
            var g = scoring.SumOverBatches(batch => scoring.LossGradients(batch));
            return scoring.TimesWeights(g).Select(score => score.abs_()).ToArray();
        });
}
