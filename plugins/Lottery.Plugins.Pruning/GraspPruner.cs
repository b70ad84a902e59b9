using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// <c>grasp</c> (Wang et al. 2020), as Synaptic-Flow's GraSP scores: w ⊙ Hg, with g the gradient of the training loss
/// (logits divided by the temperature, summed over the scoring batches) and Hg the Hessian-gradient product, the
/// gradient of Σ_batches g·∇L (a double backward), normalised by |Σ w ⊙ Hg| + 1e-10. Of the weights alive the largest
/// scores are kept: those whose removal would reduce the gradient flow most (the paper's -w ⊙ Hg, smallest kept).
/// Both passes run over the same batches, as the original GraSP does with the data it draws once; Synaptic-Flow
/// iterates its loader twice, which reshuffles and re-augments the same examples. With AbsoluteScores the largest
/// |w ⊙ Hg| are kept instead, as ElasticLTH's baseline does. See <see cref="GradientScoring"/>.
/// </summary>
public sealed class GraspPruner(GraspOptions options) : IPruner
{
    public const string Name = "grasp";

    public Mask Prune(PruningContext context) =>
        GradientScoring.KeepLargest(context, options.AbsoluteScores ? c => Scores(c).ToDictionary(s => s.Key, s => s.Value.abs()) : Scores);

    /// <summary>w ⊙ Hg / (|Σ w ⊙ Hg| + 1e-10) of each covered tensor, in the caller's dispose scope; the model is left as it was.</summary>
    public Dictionary<string, Tensor> Scores(PruningContext context) =>
        GradientScoring.Normalised(context, options, Name, epsilon: 1e-10, scoring =>
        {
            var g = scoring.SumOverBatches(batch => scoring.LossGradients(batch, options.Temperature));
            var hg = scoring.SumOverBatches(batch =>
            {
                var gradients = scoring.LossGradients(batch, options.Temperature, createGraph: true);
                var z = gradients.Select((gradient, i) => gradient.mul(g[i]).sum()).Aggregate((a, b) => a.add(b));
                return autograd.grad([z], scoring.Weights).Select(product => product!).ToArray();
            });
            return scoring.TimesWeights(hg);
        });
}
