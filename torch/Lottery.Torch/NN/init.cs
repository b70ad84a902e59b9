namespace Lottery.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public enum FanMode
        {
            FanIn,
            FanOut,
        }

        public enum NonlinearityType
        {
            Linear,
            Conv2D,
            Sigmoid,
            Tanh,
            ReLU,
            LeakyReLU,
        }

        /// <summary>torch.nn.init: in-place initialisers (run without recording gradients).</summary>
        public static class init
        {
            /// <summary>Fan-in and fan-out of a weight: (in_features or in_channels * kernel area, out...).</summary>
            public static (long fanIn, long fanOut) calculate_fan_in_and_fan_out(Tensor tensor)
            {
                var shape = tensor.shape;
                if (shape.Length < 2)
                {
                    throw new ArgumentException($"fan in and fan out need at least 2 dimensions, got shape [{string.Join(", ", shape)}]");
                }
                long receptive = 1;
                for (var i = 2; i < shape.Length; i++) receptive *= shape[i];
                return (shape[1] * receptive, shape[0] * receptive);
            }

            /// <summary>The recommended gain for a nonlinearity (param is LeakyReLU's negative slope).</summary>
            public static double calculate_gain(NonlinearityType nonlinearity, double? param = null) => nonlinearity switch
            {
                NonlinearityType.Linear or NonlinearityType.Conv2D or NonlinearityType.Sigmoid => 1.0,
                NonlinearityType.Tanh => 5.0 / 3,
                NonlinearityType.ReLU => Math.Sqrt(2.0),
                NonlinearityType.LeakyReLU => Math.Sqrt(2.0 / (1 + Math.Pow(param ?? 0.01, 2))),
                _ => throw new ArgumentOutOfRangeException(nameof(nonlinearity)),
            };

            public static Tensor kaiming_uniform_(Tensor tensor, double a = 0, FanMode mode = FanMode.FanIn,
                NonlinearityType nonlinearity = NonlinearityType.LeakyReLU, Generator? generator = null)
            {
                var bound = Math.Sqrt(3.0) * KaimingStd(tensor, a, mode, nonlinearity);
                return uniform_(tensor, -bound, bound, generator);
            }

            public static Tensor kaiming_normal_(Tensor tensor, double a = 0, FanMode mode = FanMode.FanIn,
                NonlinearityType nonlinearity = NonlinearityType.LeakyReLU, Generator? generator = null) =>
                normal_(tensor, 0, KaimingStd(tensor, a, mode, nonlinearity), generator);

            public static Tensor xavier_uniform_(Tensor tensor, double gain = 1, Generator? generator = null)
            {
                var bound = Math.Sqrt(3.0) * XavierStd(tensor, gain);
                return uniform_(tensor, -bound, bound, generator);
            }

            public static Tensor xavier_normal_(Tensor tensor, double gain = 1, Generator? generator = null) =>
                normal_(tensor, 0, XavierStd(tensor, gain), generator);

            public static Tensor uniform_(Tensor tensor, double a = 0, double b = 1, Generator? generator = null)
            {
                using (no_grad()) return tensor.uniform_(a, b, generator);
            }

            public static Tensor normal_(Tensor tensor, double mean = 0, double std = 1, Generator? generator = null)
            {
                using (no_grad()) return tensor.normal_(mean, std, generator);
            }

            public static Tensor constant_(Tensor tensor, Scalar value)
            {
                using (no_grad()) return tensor.fill_(value);
            }

            public static Tensor zeros_(Tensor tensor) => constant_(tensor, 0);

            public static Tensor ones_(Tensor tensor) => constant_(tensor, 1);

            private static double KaimingStd(Tensor tensor, double a, FanMode mode, NonlinearityType nonlinearity)
            {
                var (fanIn, fanOut) = calculate_fan_in_and_fan_out(tensor);
                var fan = mode == FanMode.FanIn ? fanIn : fanOut;
                return calculate_gain(nonlinearity, a) / Math.Sqrt(fan);
            }

            private static double XavierStd(Tensor tensor, double gain)
            {
                var (fanIn, fanOut) = calculate_fan_in_and_fan_out(tensor);
                return gain * Math.Sqrt(2.0 / (fanIn + fanOut));
            }
        }
    }
}
