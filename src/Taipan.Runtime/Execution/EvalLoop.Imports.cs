using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>IMPORT_NAME / IMPORT_FROM / import *.</summary>
public static partial class EvalLoop
{
    static PyObject ImportName(ThreadState ts, PyFrame frame, PyStr name, PyObject fromlist, PyObject level)
    {
        var interp = ts.Interpreter;
        var import = frame.Builtins.GetOrNull("__import__") ?? throw PyException.Create(PyExc.ImportError, "__import__ not found");
        int lvl = (int)Ops.AsIndex(level);
        if (import is PyBuiltinFunction bf && ReferenceEquals(bf.Body, ExecutionBuiltins.ImportBody))
            return interp.ImportModuleLevel(name.Value, frame.Globals, fromlist, lvl);
        return Ops.Call(import, [name, frame.Globals, (PyObject?)frame.Locals ?? PyNone.Instance, fromlist, level]);
    }

    static PyObject ImportFrom(ThreadState ts, PyObject module, PyStr name) => ts.Interpreter.ImportFrom(module, name);

    static void ImportStar(ThreadState ts, PyFrame frame, PyObject module)
    {
        var locals = frame.Locals ?? throw PyException.SystemError("no locals found during 'import *'");
        var all = Ops.TryGetAttr(module, "__all__");
        bool skipPrivate = false;
        List<PyObject> names;
        if (all != null) names = Ops.ToList(all);
        else
        {
            var dict = Ops.TryGetAttr(module, "__dict__")
                ?? throw PyException.Create(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
            names = Ops.ToList(Ops.Call(Ops.GetAttr(dict, "keys")));
            skipPrivate = true;
        }
        foreach (var n in names)
        {
            if (n is not PyStr ns)
            {
                var modName = Ops.TryGetAttr(module, "__name__");
                throw PyException.TypeError(all != null
                    ? $"Item in {(modName is PyStr mn ? mn.Value : "?")}.__all__ must be str, not {n.Type.Name}"
                    : $"Key in {(modName is PyStr mn2 ? mn2.Value : "?")}.__dict__ must be str, not {n.Type.Name}");
            }
            if (skipPrivate && ns.Length > 0 && ns.CodePointAt(0) == '_') continue;
            var v = Ops.GetAttr(module, ns);
            if (locals is PyDict d) d.SetItem(ns, v); else Ops.SetItem(locals, ns, v);
        }
    }
}
