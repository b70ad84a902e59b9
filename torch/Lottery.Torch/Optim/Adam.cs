using static Lottery.Torch.torch;

namespace Lottery.Torch.Optim;

/// <summary>
/// Adam (Kingma and Ba) with optional AMSGrad and L2 weight decay, computing exactly what PyTorch 1.13's
/// torch.optim.Adam computes (its single-tensor path): bias corrections from a per-parameter step count, the
/// step size folded as lr / (1 - beta1^t) and the denominator as sqrt(v) / sqrt(1 - beta2^t) + eps.
/// </summary>
public class Adam : Optimizer
{
    public Adam(IEnumerable<Tensor> parameters, AdamOptions options) : this([new ParamGroup(parameters, options)])
    {
    }

    public Adam(IEnumerable<ParamGroup> param_groups) : base(param_groups, typeof(AdamOptions))
    {
    }

    protected sealed override void Update(OptimizerOptions options, Tensor parameter, Tensor grad, ParameterState state)
    {
        var o = (AdamOptions)options;
        var g = DecayWeights(o, parameter, o.maximize ? grad.neg() : grad);
        var exp_avg = state.GetOrAdd("exp_avg", () => zeros_like(parameter));
        var exp_avg_sq = state.GetOrAdd("exp_avg_sq", () => zeros_like(parameter));
        exp_avg.mul_(o.beta1).add_(g, 1 - o.beta1);
        exp_avg_sq.mul_(o.beta2).addcmul_(g, g, 1 - o.beta2);

        var bias_correction1 = 1 - Math.Pow(o.beta1, state.step);
        var bias_correction2 = 1 - Math.Pow(o.beta2, state.step);
        var step_size = o.lr / bias_correction1;
        var second_moment = exp_avg_sq;
        if (o.amsgrad)
        {
            // The running maximum is of the uncorrected estimate, corrected with the current step's factor.
            var max_exp_avg_sq = state.GetOrAdd("max_exp_avg_sq", () => zeros_like(parameter));
            max_exp_avg_sq.copy_(max_exp_avg_sq.maximum(exp_avg_sq));
            second_moment = max_exp_avg_sq;
        }
        var denom = second_moment.sqrt().div_(Math.Sqrt(bias_correction2)).add_(o.eps);
        parameter.addcdiv_(exp_avg, denom, -step_size);
    }

    /// <summary>
    /// Applies weight decay before the moments are updated and returns the gradient to use. Adam adds it to the
    /// gradient (L2), so the adaptive denominator rescales it too; AdamW decouples it.
    /// </summary>
    protected virtual Tensor DecayWeights(AdamOptions options, Tensor parameter, Tensor grad) =>
        options.weight_decay == 0 ? grad : grad.add(parameter, options.weight_decay);
}
