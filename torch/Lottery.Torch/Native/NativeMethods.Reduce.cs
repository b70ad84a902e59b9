using System.Runtime.InteropServices;

namespace Lottery.Torch.Native;

// Declarations for reduce.cpp. A dtype of -1 means "keep the input's".
internal static unsafe partial class NativeMethods
{
    [DllImport(Lib)] internal static extern IntPtr lt_sum(IntPtr t, int dtype);
    [DllImport(Lib)] internal static extern IntPtr lt_sum_dims(IntPtr t, long* dims, int ndim, int keepdim, int dtype);
    [DllImport(Lib)] internal static extern IntPtr lt_mean(IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr lt_mean_dims(IntPtr t, long* dims, int ndim, int keepdim);
    [DllImport(Lib)] internal static extern IntPtr lt_var_dims(IntPtr t, long* dims, int ndim, int unbiased, int keepdim);
    [DllImport(Lib)] internal static extern IntPtr lt_max(IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr lt_min(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_max_dim(IntPtr t, long dim, int keepdim, IntPtr* output);
    [DllImport(Lib)] internal static extern int lt_min_dim(IntPtr t, long dim, int keepdim, IntPtr* output);
    [DllImport(Lib)] internal static extern IntPtr lt_argmax(IntPtr t, int hasDim, long dim, int keepdim);
    [DllImport(Lib)] internal static extern IntPtr lt_argmin(IntPtr t, int hasDim, long dim, int keepdim);
    [DllImport(Lib)] internal static extern IntPtr lt_norm(IntPtr t, double p);
    [DllImport(Lib)] internal static extern IntPtr lt_norm_dims(IntPtr t, double p, long* dims, int ndim, int keepdim);
    [DllImport(Lib)] internal static extern IntPtr lt_count_nonzero(IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr lt_count_nonzero_dims(IntPtr t, long* dims, int ndim);
    [DllImport(Lib)] internal static extern IntPtr lt_all(IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr lt_any(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_topk(IntPtr t, long k, long dim, int largest, int sorted, IntPtr* output);
    [DllImport(Lib)] internal static extern int lt_kthvalue(IntPtr t, long k, long dim, int keepdim, IntPtr* output);
    [DllImport(Lib)] internal static extern int lt_sort(IntPtr t, long dim, int descending, int stable, IntPtr* output);
    [DllImport(Lib)] internal static extern IntPtr lt_argsort(IntPtr t, long dim, int descending);
    [DllImport(Lib)] internal static extern IntPtr lt_cumsum(IntPtr t, long dim);
    [DllImport(Lib)] internal static extern IntPtr lt_matmul(IntPtr a, IntPtr b);
    [DllImport(Lib)] internal static extern IntPtr lt_mm(IntPtr a, IntPtr b);
    [DllImport(Lib)] internal static extern IntPtr lt_addmm(IntPtr self, IntPtr a, IntPtr b, LtScalar beta, LtScalar alpha);
}
