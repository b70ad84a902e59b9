using Lottery.Contracts.Data;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// What SNIP and GraSP share, as Synaptic-Flow's Pruners/pruners.py runs them: the model in the configured mode (eval by
/// default) on the scoring batches (<see cref="ScoringData.Batches"/>), per-batch loss gradients with respect to the
/// covered weights summed over the batches, scores normalised by the absolute value of their sum over all covered
/// tensors, and of the weights alive the largest scores kept. The model is left as it was found.
/// </summary>
public sealed class GradientScoring
{
    private readonly nn.Module<Tensor, Tensor> model;
    private readonly IReadOnlyList<Batch> batches;

    private GradientScoring(nn.Module<Tensor, Tensor> model, IReadOnlyList<Batch> batches, IReadOnlyList<Tensor> weights)
    {
        this.model = model;
        this.batches = batches;
        Weights = weights;
    }

    /// <summary>The covered weights, in the mask's order (the model's live parameters).</summary>
    public IReadOnlyList<Tensor> Weights { get; }

    /// <summary>The new mask: of the weights alive, the largest scores over all covered tensors, as many as the target density keeps.</summary>
    public static Mask KeepLargest(PruningContext context, Func<PruningContext, Dictionary<string, Tensor>> scores)
    {
        using var scope = NewDisposeScope();
        var target = PruningTarget.Of(context);
        var scored = scores(context);
        using var noGrad = no_grad();
        return target.ToMask(target.KeepGlobal(scored, target.KeepCount));
    }

    /// <summary>
    /// Each covered tensor's score, raw(this) divided by |sum of all raw scores| + epsilon (the official normalisation:
    /// SNIP's epsilon is 0, GraSP's 1e-10; dividing by a positive number keeps the ranking). In the caller's dispose scope.
    /// </summary>
    public static Dictionary<string, Tensor> Normalised(PruningContext context, GradientScoreOptions options, string pruner, double epsilon,
        Func<GradientScoring, Tensor[]> raw)
    {
        var target = PruningTarget.Of(context);
        using var snapshot = new ModelSnapshot(context.Model);
        var batches = ScoringData.Batches(context, options, pruner);
        context.Model.train(ScoringModes.Parse(options.Mode) == ScoringMode.Train);
        var weights = target.Covered.Select(name => target.Weights[name]).ToList();
        Tensor[] scores;
        using (enable_grad())
        {
            scores = raw(new GradientScoring(context.Model, batches, weights));
        }
        using var noGrad = no_grad();
        if (scores.Length == 0) return new();
        var norm = cat(scores.Select(score => score.flatten()).ToList()).sum().abs().add(epsilon);
        // Scores that are all 0 would become NaN (so they do in the official code) and no longer rank; undivided they tie.
        if (norm.item<double>() == 0) return target.Covered.Select((name, i) => KeyValuePair.Create(name, scores[i])).ToDictionary();
        return target.Covered.Select((name, i) => KeyValuePair.Create(name, scores[i].div(norm))).ToDictionary();
    }

    /// <summary>The sum over the scoring batches of term(batch), one tensor per covered weight: the loop both pruners run.</summary>
    public Tensor[] SumOverBatches(Func<Batch, IReadOnlyList<Tensor>> term)
    {
        var sums = Weights.Select(w => zeros_like(w)).ToArray();
        foreach (var batch in batches)
        {
            var terms = term(batch);
            using var noGrad = no_grad();
            for (var i = 0; i < sums.Length; i++) sums[i].add_(terms[i]);
        }
        return sums;
    }

    /// <summary>
    /// Gradients of the batch's mean cross-entropy of the logits divided by temperature, with respect to the covered
    /// weights; with createGraph they are themselves differentiable (for a Hessian-gradient product).
    /// </summary>
    public Tensor[] LossGradients(Batch batch, double temperature = 1, bool createGraph = false)
    {
        var logits = model.call(batch.Inputs);
        var loss = nn.functional.cross_entropy(temperature == 1 ? logits : logits.div(temperature), batch.Labels);
        return autograd.grad([loss], Weights, create_graph: createGraph).Select(g => g!).ToArray();
    }

    /// <summary>factor ⊙ w for each covered weight w, outside the autograd graph.</summary>
    public Tensor[] TimesWeights(IReadOnlyList<Tensor> factors)
    {
        using var noGrad = no_grad();
        return factors.Select((factor, i) => factor.mul(Weights[i])).ToArray();
    }
}
