/**
 * Names the AL platform provides, so the resolver does not report them as unknown. Lower-case.
 * Facts from Microsoft Learn's AL method reference ("System data type", "Record data type", ...). When the checker
 * reports a false AL0118 on real code, the missing platform name belongs here.
 */
const globalFunctionList = `
abs arraylen calcdate captionclasstranslate clear clearall clearcollectederrors clearlasterror closingdate
codecoverageinclude codecoverageload codecoveragelog codecoveragerefresh commit compressarray confirm convertstr copyarray
copystr createdatetime createencryptedkey createguid currentclienttype currentdatetime date2dmy date2dwy daysinmonth
decrypt defaultclienttype delchr delstr dmy2date dt2date dt2time dwy2date encrypt encryptionenabled encryptionkeyexists
error evaluate exportencryptionkey exportobjects format getcollectederrors getdocumenturl getdotnettype getlasterrorcallstack
getlasterrorcode getlasterrorobject getlasterrortext geturl globallanguage guiallowed hascollectederrors hyperlink
importencryptionkey importobjects incstr insstr isnullguid isservicetier lowercase maxstrlen message normaldate padstr power
random randomize round rounddatetime selectstr serialnumber sessionid sleep strcheckssum strchecksum strlen strmenu strpos
strsubstno temporarypath tenantid time today uppercase userid variant2date variant2time workdate applicationpath
companyname serviceinstanceid sessionid setselectionfilter windowslanguage gettranslatedtext isolatedstorage
downloadfromstream uploadintostream download upload file blob getlasterrorstack rollback secretstrsubstno
istransactioninprogress rechash shell checklicensepermission licensefile bindsubscription unbindsubscription
runbackgroundtaskcallback issessionactive usersecurityid selectlatestversion
copystream setdefaulttableconnection registertableconnection unregistertableconnection hastableconnection
gettableconnection getdefaulttableconnection getexecutioncontext getcurrentmoduleexecutioncontext locktimeout
locktimeoutduration erase exists isnull startsession stopsession applicationarea rename
`;

const staticTypeList = `
database session system navapp isolatedstorage taskscheduler companyproperty debugger codeunit page report query
xmlport enum record recordref errorinfo notification text label productname media mediaset dialog file
instream outstream bigtext textbuilder version guid datetime date duration dataclassification cookie
sessionsettings moduleinfo webserviceactioncontext filterpagebuilder httpclient jsonobject jsonarray jsontoken jsonvalue
xmldocument list dictionary securitygroup user currentdatetime action objecttype executioncontext
verbosity telemetryscope clienttype defaultlayout reportformat transactiontype tableconnectiontype
dataclassificationstatus formatregion numbersequence dataerror errortype datascope pagebackgroundtaskerrorlevel
xmlelement xmlattribute xmlnode xmlnodelist xmltext xmlcdata xmlcomment xmldeclaration xmlnamespacemanager
xmlreadoptions xmlwriteoptions xmlprocessinginstruction xmldocumenttype xmlattributecollection httprequestmessage
httpresponsemessage httpcontent httpheaders secrettext keyref fieldref
`;

const implicitVariableList = `rec xrec currpage currreport currxmlport requestoptionspage currfieldno currquery`;

function toSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((s) => s.length > 0));
}

export const GlobalFunctions = toSet(globalFunctionList);
export const StaticTypes = toSet(staticTypeList);
export const ImplicitVariables = toSet(implicitVariableList);

/** Methods every Record variable has (Microsoft Learn, "Record data type"), plus the system fields. */
export const RecordMembers = toSet(`
addlink addloadfields ascending areloadedfields arefieldsloaded calcfields calcsums changecompany clearmarks consistent copy
copyfilter copyfilters copylinks count countapprox currentcompany currentkey delete deleteall deletelink deletelinks
fieldactive fieldcaption fielderror fieldname fieldno filtergroup find findfirst findlast findset get getascending
getbysystemid getfilter getfilters getposition getrangemax getrangemin getview haslinks hasfilter init insert
isempty istemporary loadfields lockmode locktable mark markedonly modify modifyall next readconsistency readisolation
readpermission recordid recordlevellocking relation rename reset securityfiltering setascending setautocalcfields
setbaseloadfields setcurrentkey setfilter setloadfields setpermissionfilter setposition setrange setrecfilter setview
tablecaption tablename testfield transferfields truncate validate writepermission copyfrom
systemid systemcreatedat systemcreatedby systemmodifiedat systemmodifiedby systemrowversion
`);

/** Record methods whose listed arguments are field names of the record itself (all arguments when -1). */
export const FieldArgumentMethods: ReadonlyMap<string, number> = new Map([
  ['setrange', 0], ['setfilter', 0], ['validate', 0], ['testfield', 0], ['fielderror', 0], ['fieldcaption', 0],
  ['fieldno', 0], ['fieldname', 0], ['getfilter', 0], ['getrangemin', 0], ['getrangemax', 0], ['modifyall', 0],
  ['copyfilter', 0], ['setascending', 0], ['getascending', 0], ['fieldactive', 0], ['calcfields', -1], ['calcsums', -1],
  ['setcurrentkey', -1], ['setloadfields', -1], ['addloadfields', -1], ['setautocalcfields', -1], ['arefieldsloaded', -1],
  ['setbaseloadfields', -1], ['loadfields', -1],
  // TestPage methods whose first argument is a control of the page.
  ['findfirstfield', 0], ['findnextfield', 0], ['findpreviousfield', 0], ['findfield', 0],
]);

export const CodeunitMembers = toSet('run');

/** Methods of a query, in scope unqualified inside the query's own triggers. */
export const QueryMembers = toSet(`
setrange setfilter getfilter getfilters topnumberofrows columncaption columnname columnno open read close
saveascsv saveasxml saveasjson securityfiltering
`);
