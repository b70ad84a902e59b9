using Lottery.Torch.Modules;

namespace Lottery.Torch;

public static partial class torch
{
    /// <summary>torch.nn: module factories named as in PyTorch (the classes live in Lottery.Torch.Modules).</summary>
    public static partial class nn
    {
        public static Linear Linear(long in_features, long out_features, bool hasBias = true, Device? device = null) =>
            new(in_features, out_features, hasBias, device);

        public static Conv2d Conv2d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0,
            long dilation = 1, long groups = 1, bool hasBias = true, Device? device = null) =>
            new(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, hasBias, device);

        public static BatchNorm1d BatchNorm1d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true,
            bool track_running_stats = true, Device? device = null) =>
            new(num_features, eps, momentum, affine, track_running_stats, device);

        public static BatchNorm2d BatchNorm2d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true,
            bool track_running_stats = true, Device? device = null) =>
            new(num_features, eps, momentum, affine, track_running_stats, device);

        public static ReLU ReLU(bool inplace = false) => new(inplace);

        public static Identity Identity() => new();

        public static Dropout Dropout(double p = 0.5) => new(p);

        public static Flatten Flatten(long start_dim = 1, long end_dim = -1) => new(start_dim, end_dim);

        public static MaxPool2d MaxPool2d(long kernel_size, long? stride = null, long padding = 0, long dilation = 1, bool ceil_mode = false) =>
            new(kernel_size, stride, padding, dilation, ceil_mode);

        public static AvgPool2d AvgPool2d(long kernel_size, long? stride = null, long padding = 0) => new(kernel_size, stride, padding);

        public static AdaptiveAvgPool2d AdaptiveAvgPool2d(long output_height, long output_width) => new(output_height, output_width);

        public static Sequential Sequential(params Module<Tensor, Tensor>[] modules) => new(modules);

        public static Sequential Sequential(params (string name, Module<Tensor, Tensor> module)[] modules) => new(modules);

        public static ModuleList<T> ModuleList<T>(params T[] modules) where T : Module => new(modules);
    }
}
