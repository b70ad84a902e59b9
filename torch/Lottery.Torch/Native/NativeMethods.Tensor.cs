using System.Runtime.InteropServices;

namespace Lottery.Torch.Native;

// Declarations for error.cpp, tensor.cpp, device.cpp and cuda_memory.cpp. Handles are at::Tensor* (IntPtr).
internal static unsafe partial class NativeMethods
{
    private const string Lib = NativeLibraryLoader.LibraryName;

    static NativeMethods() => NativeLibraryLoader.EnsureRegistered();

    [DllImport(Lib)] internal static extern byte* lt_take_error();
    [DllImport(Lib)] internal static extern void lt_free(IntPtr t);
    [DllImport(Lib)] internal static extern long lt_live_tensors();
    [DllImport(Lib)] internal static extern IntPtr lt_alias(IntPtr t);

    [DllImport(Lib)] internal static extern int lt_dim(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_shape(IntPtr t, long* output, int capacity);
    [DllImport(Lib)] internal static extern int lt_strides(IntPtr t, long* output, int capacity);
    [DllImport(Lib)] internal static extern long lt_numel(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_dtype(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_device_type(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_device_index(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_is_contiguous(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_element_size(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_same_tensor(IntPtr a, IntPtr b);
    [DllImport(Lib)] internal static extern int lt_item(IntPtr t, LtScalar* output);

    [DllImport(Lib)] internal static extern IntPtr lt_empty(long* shape, int ndim, int dtype, int dev, int idx, int rg);
    [DllImport(Lib)] internal static extern IntPtr lt_zeros(long* shape, int ndim, int dtype, int dev, int idx, int rg);
    [DllImport(Lib)] internal static extern IntPtr lt_ones(long* shape, int ndim, int dtype, int dev, int idx, int rg);
    [DllImport(Lib)] internal static extern IntPtr lt_full(long* shape, int ndim, LtScalar value, int dtype, int dev, int idx, int rg);
    [DllImport(Lib)] internal static extern IntPtr lt_arange(LtScalar start, LtScalar end, LtScalar step, int dtype, int dev, int idx, int rg);
    [DllImport(Lib)] internal static extern IntPtr lt_empty_like(IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr lt_zeros_like(IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr lt_ones_like(IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr lt_full_like(IntPtr t, LtScalar value);
    [DllImport(Lib)] internal static extern IntPtr lt_from_buffer(void* data, long nbytes, long* shape, int ndim, int dtype);
    [DllImport(Lib)] internal static extern int lt_to_buffer(IntPtr t, void* data, long nbytes);

    [DllImport(Lib)] internal static extern IntPtr lt_to(IntPtr t, int dtype, int dev, int idx, int nonBlocking, int copy);
    [DllImport(Lib)] internal static extern IntPtr lt_clone(IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr lt_detach(IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr lt_contiguous(IntPtr t);
    [DllImport(Lib)] internal static extern int lt_copy_(IntPtr dst, IntPtr src, int nonBlocking);
    [DllImport(Lib)] internal static extern int lt_fill_(IntPtr t, LtScalar value);
    [DllImport(Lib)] internal static extern int lt_zero_(IntPtr t);

    [DllImport(Lib)] internal static extern int lt_cuda_is_available();
    [DllImport(Lib)] internal static extern int lt_cuda_device_count();
    [DllImport(Lib)] internal static extern long lt_cuda_memory_allocated(int device);
    [DllImport(Lib)] internal static extern int lt_set_num_threads(int n);
    [DllImport(Lib)] internal static extern int lt_get_num_threads();
    [DllImport(Lib)] internal static extern int lt_set_num_interop_threads(int n);
    [DllImport(Lib)] internal static extern byte* lt_version();
}
