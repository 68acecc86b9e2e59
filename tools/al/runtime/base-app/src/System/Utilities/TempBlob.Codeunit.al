// Model of System Application codeunit 4100 "Temp Blob": an in-memory BLOB with streams, copied from/to BLOB fields.
namespace System.Utilities;

codeunit 4100 "Temp Blob"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        TempBlobRecord: Record "Temp Blob" temporary;

    procedure CreateInStream() InStream: InStream
    begin
        TempBlobRecord.Blob.CreateInStream(InStream);
    end;

    procedure CreateInStream(var InStream: InStream)
    begin
        TempBlobRecord.Blob.CreateInStream(InStream);
    end;

    procedure CreateInStream(Encoding: TextEncoding) InStream: InStream
    begin
        TempBlobRecord.Blob.CreateInStream(InStream, Encoding);
    end;

    procedure CreateInStream(var InStream: InStream; Encoding: TextEncoding)
    begin
        TempBlobRecord.Blob.CreateInStream(InStream, Encoding);
    end;

    procedure CreateOutStream() OutStream: OutStream
    begin
        Clear(TempBlobRecord.Blob);
        TempBlobRecord.Blob.CreateOutStream(OutStream);
    end;

    procedure CreateOutStream(var OutStream: OutStream)
    begin
        Clear(TempBlobRecord.Blob);
        TempBlobRecord.Blob.CreateOutStream(OutStream);
    end;

    procedure CreateOutStream(Encoding: TextEncoding) OutStream: OutStream
    begin
        Clear(TempBlobRecord.Blob);
        TempBlobRecord.Blob.CreateOutStream(OutStream, Encoding);
    end;

    procedure CreateOutStream(var OutStream: OutStream; Encoding: TextEncoding)
    begin
        Clear(TempBlobRecord.Blob);
        TempBlobRecord.Blob.CreateOutStream(OutStream, Encoding);
    end;

    procedure HasValue(): Boolean
    begin
        exit(TempBlobRecord.Blob.HasValue());
    end;

    procedure Length(): Integer
    begin
        exit(TempBlobRecord.Blob.Length());
    end;

    /// <summary>Copies the BLOB field FieldNo of the record (a Record or RecordRef in a Variant).</summary>
    procedure FromRecord(RecordVariant: Variant; FieldNo: Integer)
    var
        RecRef: RecordRef;
    begin
        RecRef.GetTable(RecordVariant);
        FromRecordRef(RecRef, FieldNo);
    end;

    procedure FromRecordRef(RecordRef: RecordRef; FieldNo: Integer)
    begin
        FromFieldRef(RecordRef.Field(FieldNo));
    end;

    procedure ToRecordRef(var RecordRef: RecordRef; FieldNo: Integer)
    var
        BlobFieldRef: FieldRef;
    begin
        BlobFieldRef := RecordRef.Field(FieldNo);
        ToFieldRef(BlobFieldRef);
    end;

    /// <summary>Copies the value of a BLOB FieldRef (its FlowField-style value is calculated first).</summary>
    procedure FromFieldRef(BlobFieldRef: FieldRef)
    begin
        BlobFieldRef.CalcField();
        TempBlobRecord.Blob := BlobFieldRef.Value();
    end;

    procedure ToFieldRef(var BlobFieldRef: FieldRef)
    begin
        BlobFieldRef.Value := TempBlobRecord.Blob;
    end;
}
