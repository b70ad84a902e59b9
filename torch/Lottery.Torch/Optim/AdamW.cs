using static Lottery.Torch.torch;

namespace Lottery.Torch.Optim;

/// <summary>
/// AdamW (Loshchilov and Hutter): Adam with decoupled weight decay, p *= 1 - lr * weight_decay before the
/// moment update, so the decay is not rescaled by the adaptive denominator; as PyTorch 1.13's torch.optim.AdamW.
/// </summary>
public sealed class AdamW : Adam
{
    public AdamW(IEnumerable<Tensor> parameters, AdamOptions options) : base(parameters, options)
    {
    }

    public AdamW(IEnumerable<ParamGroup> param_groups) : base(param_groups)
    {
    }

    protected override Tensor DecayWeights(AdamOptions options, Tensor parameter, Tensor grad)
    {
        if (options.weight_decay != 0) parameter.mul_(1 - options.lr * options.weight_decay);
        return grad;
    }
}
