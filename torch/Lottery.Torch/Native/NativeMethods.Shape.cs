using System.Runtime.InteropServices;

namespace Lottery.Torch.Native;

// Declarations for shape.cpp.
internal static unsafe partial class NativeMethods
{
    [DllImport(Lib)] internal static extern IntPtr lt_reshape(IntPtr t, long* shape, int ndim);
    [DllImport(Lib)] internal static extern IntPtr lt_view(IntPtr t, long* shape, int ndim);
    [DllImport(Lib)] internal static extern IntPtr lt_flatten(IntPtr t, long startDim, long endDim);
    [DllImport(Lib)] internal static extern IntPtr lt_squeeze(IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr lt_squeeze_dim(IntPtr t, long dim);
    [DllImport(Lib)] internal static extern IntPtr lt_unsqueeze(IntPtr t, long dim);
    [DllImport(Lib)] internal static extern IntPtr lt_permute(IntPtr t, long* dims, int ndim);
    [DllImport(Lib)] internal static extern IntPtr lt_transpose(IntPtr t, long dim0, long dim1);
    [DllImport(Lib)] internal static extern IntPtr lt_narrow(IntPtr t, long dim, long start, long length);
    [DllImport(Lib)] internal static extern IntPtr lt_select(IntPtr t, long dim, long index);
    [DllImport(Lib)] internal static extern IntPtr lt_slice(IntPtr t, long dim, long start, long end, long step);
    [DllImport(Lib)] internal static extern IntPtr lt_index_select(IntPtr t, long dim, IntPtr index);
    [DllImport(Lib)] internal static extern IntPtr lt_gather(IntPtr t, long dim, IntPtr index);
    [DllImport(Lib)] internal static extern IntPtr lt_scatter(IntPtr t, long dim, IntPtr index, IntPtr src);
    [DllImport(Lib)] internal static extern IntPtr lt_masked_select(IntPtr t, IntPtr mask);
    [DllImport(Lib)] internal static extern IntPtr lt_nonzero(IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr lt_expand(IntPtr t, long* shape, int ndim);
    [DllImport(Lib)] internal static extern IntPtr lt_repeat(IntPtr t, long* repeats, int ndim);
    [DllImport(Lib)] internal static extern IntPtr lt_flip(IntPtr t, long* dims, int ndim);
    [DllImport(Lib)] internal static extern IntPtr lt_cat(IntPtr* tensors, int count, long dim);
    [DllImport(Lib)] internal static extern IntPtr lt_stack(IntPtr* tensors, int count, long dim);
    [DllImport(Lib)] internal static extern int lt_chunk(IntPtr t, long chunks, long dim, IntPtr* output);
    [DllImport(Lib)] internal static extern IntPtr lt_index(IntPtr t, IntPtr index);
    [DllImport(Lib)] internal static extern int lt_index_put_(IntPtr t, IntPtr index, IntPtr values);
}
