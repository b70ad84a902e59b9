using Lottery.Torch.Modules;
using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// open_lth's default initialisation (<c>model_init='kaiming_normal'</c>), applied to every network it builds,
/// its ImageNet ResNets included: conv and linear weights He-normal (fan in, gain sqrt 2). Biases keep PyTorch's
/// default (open_lth leaves them), BatchNorm weights start as <see cref="BatchNormInit"/> says and their biases at 0.
/// Torchvision-style code (Lottery Pools) draws conv weights with fan out instead; with the same sparsity masks
/// the two differ only in scale per layer, and one scheme for every family keeps tickets comparable.
/// </summary>
public static class OpenLthInitialization
{
    public static void Apply(nn.Module network, BatchNormInit batchNorm)
    {
        foreach (var (_, module) in network.named_modules())
        {
            switch (module)
            {
                case Conv2d conv:
                    init.kaiming_normal_(conv.weight);
                    break;
                case Linear linear:
                    init.kaiming_normal_(linear.weight);
                    break;
                case BatchNorm2d norm:
                    if (batchNorm == BatchNormInit.Uniform) init.uniform_(norm.weight!, 0, 1);
                    else init.ones_(norm.weight!);
                    init.zeros_(norm.bias!);
                    break;
            }
        }
    }
}
