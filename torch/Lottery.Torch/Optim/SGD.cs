using static Lottery.Torch.torch;

namespace Lottery.Torch.Optim;

/// <summary>
/// Stochastic gradient descent with momentum, dampening, Nesterov momentum and L2 weight decay, with
/// torch.optim.SGD's update: the first step starts the momentum buffer at the gradient itself.
/// </summary>
public sealed class SGD : Optimizer
{
    private const string MomentumBuffer = "momentum_buffer";

    public SGD(IEnumerable<Tensor> parameters, SGDOptions options) : this([new ParamGroup(parameters, options)])
    {
    }

    public SGD(IEnumerable<ParamGroup> param_groups) : base(param_groups, typeof(SGDOptions))
    {
    }

    protected override void Update(OptimizerOptions options, Tensor parameter, Tensor grad, ParameterState state)
    {
        var o = (SGDOptions)options;
        var d_p = o.maximize ? grad.neg() : grad;
        if (o.weight_decay != 0) d_p = d_p.add(parameter, o.weight_decay);
        if (o.momentum != 0)
        {
            if (state.TryGet(MomentumBuffer, out var buffer))
            {
                buffer.mul_(o.momentum).add_(d_p, 1 - o.dampening);
            }
            else
            {
                buffer = d_p.clone();
                state.Set(MomentumBuffer, buffer);
            }
            d_p = o.nesterov ? d_p.add(buffer, o.momentum) : buffer;
        }
        parameter.add_(d_p, -o.lr);
    }
}
