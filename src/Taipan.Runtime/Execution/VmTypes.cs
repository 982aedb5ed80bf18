using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>Registers the VM's built-in types (function, frame, generator, ...) with the type initialiser.</summary>
internal static class VmTypes
{
    static bool s_done;

    public static void Register()
    {
        if (s_done) return;
        s_done = true;
        foreach (var t in new[]
        {
            PyCell.TypeObject, PyFunction.TypeObject, PyFrame.TypeObject, PyTraceback.TypeObject,
            PyGenerator.GeneratorType, PyGenerator.CoroutineType, PyGenerator.AsyncGeneratorType,
            PyCoroutineWrapper.TypeObject, PyAsyncGenWrappedValue.TypeObject, PyAsyncGenAwaitable.ASendType,
            PyAsyncGenAwaitable.AThrowType, PySuper.TypeObject, PyProperty.TypeObject, PyTextStream.TypeObject,
            Bytecode.PyCode.TypeObject,
        })
            BuiltinTypes.Register(t);
    }
}
