// The AST's Attribute and Tuple nodes win over System.Attribute and System.Tuple in this project.
global using Attribute = Taipan.Syntax.Ast.Attribute;
global using Tuple = Taipan.Syntax.Ast.Tuple;
