using Lottery.Torch.Optim;

namespace Lottery.Torch;

public static partial class torch
{
    public static partial class optim
    {
        /// <summary>
        /// Learning-rate schedules, shaped like TorchSharp's torch.optim.lr_scheduler factories. Call step() once
        /// per epoch (or iteration) after optimizer.step(), as in PyTorch.
        /// </summary>
        public static class lr_scheduler
        {
            public static Optim.MultiStepLR MultiStepLR(Optimizer optimizer, IEnumerable<int> milestones, double gamma = 0.1,
                int last_epoch = -1) => new(optimizer, milestones, gamma, last_epoch);

            public static Optim.CosineAnnealingLR CosineAnnealingLR(Optimizer optimizer, int T_max, double eta_min = 0,
                int last_epoch = -1) => new(optimizer, T_max, eta_min, last_epoch);

            public static Optim.LinearLR LinearLR(Optimizer optimizer, double start_factor = 1.0 / 3, double end_factor = 1.0,
                int total_iters = 5, int last_epoch = -1) => new(optimizer, start_factor, end_factor, total_iters, last_epoch);

            public static Optim.LambdaLR LambdaLR(Optimizer optimizer, Func<int, double> lr_lambda, int last_epoch = -1) =>
                new(optimizer, lr_lambda, last_epoch);

            public static Optim.LambdaLR LambdaLR(Optimizer optimizer, IReadOnlyList<Func<int, double>> lr_lambdas, int last_epoch = -1) =>
                new(optimizer, lr_lambdas, last_epoch);

            public static Optim.SequentialLR SequentialLR(Optimizer optimizer, IEnumerable<LRScheduler> schedulers,
                IEnumerable<int> milestones, int last_epoch = -1) => new(optimizer, schedulers, milestones, last_epoch);
        }
    }
}
