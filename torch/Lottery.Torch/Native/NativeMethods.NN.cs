using System.Runtime.InteropServices;

namespace Lottery.Torch.Native;

// Declarations for nn.cpp and autograd.cpp. Optional tensors are IntPtr.Zero.
internal static unsafe partial class NativeMethods
{
    [DllImport(Lib)] internal static extern IntPtr lt_conv2d(IntPtr input, IntPtr weight, IntPtr bias, long* stride, long* padding, long* dilation, long groups);
    [DllImport(Lib)] internal static extern IntPtr lt_linear(IntPtr input, IntPtr weight, IntPtr bias);
    [DllImport(Lib)] internal static extern IntPtr lt_batch_norm(IntPtr input, IntPtr weight, IntPtr bias, IntPtr runningMean, IntPtr runningVar, int training, double momentum, double eps);
    [DllImport(Lib)] internal static extern IntPtr lt_max_pool2d(IntPtr input, long* kernel, long* stride, long* padding, long* dilation, int ceilMode);
    [DllImport(Lib)] internal static extern IntPtr lt_avg_pool2d(IntPtr input, long* kernel, long* stride, long* padding, int ceilMode, int countIncludePad);
    [DllImport(Lib)] internal static extern IntPtr lt_adaptive_avg_pool2d(IntPtr input, long* outputSize);
    [DllImport(Lib)] internal static extern IntPtr lt_dropout(IntPtr input, double p, int training);
    [DllImport(Lib)] internal static extern IntPtr lt_pad(IntPtr input, long* pad, int npad, byte* mode, double value);
    [DllImport(Lib)] internal static extern IntPtr lt_softmax(IntPtr input, long dim);
    [DllImport(Lib)] internal static extern IntPtr lt_log_softmax(IntPtr input, long dim);
    [DllImport(Lib)] internal static extern IntPtr lt_cross_entropy(IntPtr input, IntPtr target, IntPtr weight, long reduction, long ignoreIndex, double labelSmoothing);
    [DllImport(Lib)] internal static extern IntPtr lt_nll_loss(IntPtr input, IntPtr target, IntPtr weight, long reduction, long ignoreIndex);
    [DllImport(Lib)] internal static extern IntPtr lt_mse_loss(IntPtr input, IntPtr target, long reduction);
    [DllImport(Lib)] internal static extern IntPtr lt_one_hot(IntPtr labels, long numClasses);
    [DllImport(Lib)] internal static extern int lt_requires_grad(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_set_requires_grad(IntPtr t, int value);
    [DllImport(Lib)] internal static extern int lt_is_leaf(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_grad(IntPtr t, IntPtr* output);
    [DllImport(Lib)] internal static extern int lt_set_grad(IntPtr t, IntPtr grad);
    [DllImport(Lib)] internal static extern int lt_backward(IntPtr t, IntPtr gradient, int retainGraph, int createGraph);
    [DllImport(Lib)] internal static extern int lt_autograd_grad(IntPtr* outputs, int nOutputs, IntPtr* inputs, int nInputs, IntPtr* gradOutputs, int retainGraph, int createGraph, int allowUnused, IntPtr* output);
    [DllImport(Lib)] internal static extern int lt_grad_enabled();
    [DllImport(Lib)] internal static extern void lt_set_grad_enabled(int enabled);
}
