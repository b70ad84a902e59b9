using Lottery.Torch.Optim;

namespace Lottery.Torch;

public static partial class torch
{
    /// <summary>
    /// Optimizers, shaped like TorchSharp's torch.optim factories; the classes are in
    /// <see cref="Lottery.Torch.Optim"/>. Parameters are any leaf tensors (nn.Parameter included).
    /// </summary>
    public static partial class optim
    {
        public static Optim.SGD SGD(IEnumerable<Tensor> parameters, double lr, double momentum = 0, double dampening = 0,
            double weight_decay = 0, bool nesterov = false, bool maximize = false) =>
            new(parameters, new SGDOptions(lr, momentum, dampening, weight_decay, nesterov, maximize));

        public static Optim.Adam Adam(IEnumerable<Tensor> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
            double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false) =>
            new(parameters, new AdamOptions(lr, beta1, beta2, eps, weight_decay, amsgrad, maximize));

        /// <summary>AdamW; weight_decay defaults to 1e-2 as in PyTorch (Adam's is 0).</summary>
        public static Optim.AdamW AdamW(IEnumerable<Tensor> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
            double eps = 1e-8, double weight_decay = 1e-2, bool amsgrad = false, bool maximize = false) =>
            new(parameters, new AdamOptions(lr, beta1, beta2, eps, weight_decay, amsgrad, maximize));
    }
}
