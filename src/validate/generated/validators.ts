/* DO NOT EDIT: generated from schemas/*.schema.json by `npm run gen:validators`. */
// @ts-nocheck
import type { ValidateFunction } from "ajv";
import type { AgenciesInput } from "../../types/generated/agencies.js";
import type { ChapterInput } from "../../types/generated/chapter.js";
import type { DimensionInput } from "../../types/generated/dimension.js";
import type { GlossaryInput } from "../../types/generated/glossary.js";
import type { LocaleInput } from "../../types/generated/locale.js";
import type { ManifestInput } from "../../types/generated/manifest.js";
import type { ProgramInput } from "../../types/generated/program.js";
import type { ReadinessInput } from "../../types/generated/readiness.js";
import type { RegulationInput } from "../../types/generated/regulation.js";
import type { RpjpdInput } from "../../types/generated/rpjpd.js";
import type { SwotInput } from "../../types/generated/swot.js";
import func1Module from "ajv/dist/runtime/ucs2length.js";
import func0Module from "ajv/dist/runtime/equal.js";
"use strict";
const agenciesUntyped = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://masterplan.invalid/schemas/agencies.schema.json","title":"Daftar OPD (Agency registry)","description":"Berkas agencies.yaml: perangkat daerah yang dapat menjadi pengampu atau pendukung program. (agencies.yaml: the agencies that may lead or support a program.)","type":"object","additionalProperties":false,"required":["schema_version","agencies"],"properties":{"schema_version":{"title":"Versi format (Format version)","const":1},"agencies":{"title":"Perangkat daerah (Agencies)","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","abbreviation"],"properties":{"id":{"title":"Kode OPD (Agency id)","description":"Dipakai di lead_agency dan supporting_agencies. (Used in lead_agency and supporting_agencies.)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"name":{"title":"Nama lengkap (Full name)","type":"string","minLength":1},"abbreviation":{"title":"Singkatan (Abbreviation)","description":"Masuk ke Daftar Istilah dan Singkatan; null bila belum diketahui. (Joins the list of abbreviations; null when not known.)","type":["string","null"]},"kind":{"title":"Jenis (Kind)","enum":["sekretariat","dinas","badan","inspektorat","satuan","rsud","kecamatan","lainnya"]}}},"description":"Boleh kosong selama susunan perangkat daerah belum dipastikan. (May be empty while the agencies are not settled.)"}}};
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const func1 = func1Module.default ?? func1Module;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://masterplan.invalid/schemas/agencies.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.agencies === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agencies"},message:"must have required property '"+"agencies"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "schema_version") || (key0 === "agencies"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err3 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.agencies !== undefined){
let data1 = data.agencies;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err4 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.name === undefined){
const err5 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.abbreviation === undefined){
const err6 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/required",keyword:"required",params:{missingProperty: "abbreviation"},message:"must have required property '"+"abbreviation"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "id") || (key1 === "name")) || (key1 === "abbreviation")) || (key1 === "kind"))){
const err7 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err8 = {instancePath:instancePath+"/agencies/" + i0+"/id",schemaPath:"#/properties/agencies/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/agencies/" + i0+"/id",schemaPath:"#/properties/agencies/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err10 = {instancePath:instancePath+"/agencies/" + i0+"/name",schemaPath:"#/properties/agencies/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/agencies/" + i0+"/name",schemaPath:"#/properties/agencies/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.abbreviation !== undefined){
let data5 = data2.abbreviation;
if((typeof data5 !== "string") && (data5 !== null)){
const err12 = {instancePath:instancePath+"/agencies/" + i0+"/abbreviation",schemaPath:"#/properties/agencies/items/properties/abbreviation/type",keyword:"type",params:{type: schema31.properties.agencies.items.properties.abbreviation.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.kind !== undefined){
let data6 = data2.kind;
if(!((((((((data6 === "sekretariat") || (data6 === "dinas")) || (data6 === "badan")) || (data6 === "inspektorat")) || (data6 === "satuan")) || (data6 === "rsud")) || (data6 === "kecamatan")) || (data6 === "lainnya"))){
const err13 = {instancePath:instancePath+"/agencies/" + i0+"/kind",schemaPath:"#/properties/agencies/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.agencies.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/agencies/" + i0,schemaPath:"#/properties/agencies/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/agencies",schemaPath:"#/properties/agencies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const chapterUntyped = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://masterplan.invalid/schemas/chapter.schema.json","title":"Bab naratif (Narrative chapter)","description":"Berkas chapters/<id>.yaml: satu BAB dokumen, teks dalam markdown. (chapters/<id>.yaml: one chapter (BAB), text in markdown.)","type":"object","additionalProperties":false,"required":["schema_version","id","order","title"],"properties":{"schema_version":{"title":"Versi format (Format version)","const":1},"id":{"title":"Kode bab (Chapter id)","description":"Sama dengan nama berkas tanpa .yaml. (Equal to the file name without .yaml.)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"order":{"title":"Urutan bab (Chapter order)","description":"1 menjadi BAB I, dan seterusnya. (1 becomes BAB I, and so on.)","type":"integer","minimum":1},"title":{"title":"Judul bab (Chapter title)","type":"string","minLength":1},"intro":{"title":"Pengantar bab (Chapter introduction, markdown)","type":["string","null"]},"note":{"title":"Catatan penyusunan (Drafting note)","description":"Dicetak sebagai catatan penyusunan pada rancangan saja; harus dihapus sebelum ditetapkan. (Printed as a marked drafting note in a draft only; must be removed before enactment.)","type":["string","null"]},"sections":{"title":"Subbab (Sections)","type":"array","items":{"oneOf":[{"$ref":"#/$defs/section"},{"$ref":"#/$defs/blockRef"}]}},"blocks":{"title":"Bagian yang disusun dari data (Generated blocks)","description":"Bagian yang disusun otomatis dari berkas program dan dimensi, ditempatkan setelah subbab. Untuk menempatkannya di antara subbab, tulis `- block: <nama>` di dalam sections. (Parts generated from program and dimension files, placed after the sections; to place one between sections, write `- block: <name>` in sections.)","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/block"}}},"$defs":{"section":{"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"title":"Judul subbab (Section title)","type":"string","minLength":1},"body":{"title":"Isi (Body, markdown)","type":["string","null"]},"note":{"title":"Catatan penyusunan (Drafting note)","description":"Dicetak sebagai catatan penyusunan pada rancangan saja; harus dihapus sebelum ditetapkan. (Printed as a marked drafting note in a draft only; must be removed before enactment.)","type":["string","null"]},"sections":{"title":"Sub-subbab (Subsections)","type":"array","items":{"oneOf":[{"$ref":"#/$defs/section"},{"$ref":"#/$defs/blockRef"}]}}}},"block":{"title":"Nama bagian (Block name)","enum":["region-facts","readiness","rpjpd","stages","vision","dimensions","programs","roadmap","quick-wins","infrastructure","governance","budget","traceability","responsibility","swot","risks","monitoring"]},"blockRef":{"title":"Bagian dari data (Generated block)","description":"Menempatkan bagian yang disusun dari data di posisi ini. (Places a generated block here.)","type":"object","additionalProperties":false,"required":["block"],"properties":{"block":{"$ref":"#/$defs/block"}}}}};
const schema35 = {"title":"Nama bagian (Block name)","enum":["region-facts","readiness","rpjpd","stages","vision","dimensions","programs","roadmap","quick-wins","infrastructure","governance","budget","traceability","responsibility","swot","risks","monitoring"]};
const func0 = func0Module.default ?? func0Module;
const schema33 = {"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"title":"Judul subbab (Section title)","type":"string","minLength":1},"body":{"title":"Isi (Body, markdown)","type":["string","null"]},"note":{"title":"Catatan penyusunan (Drafting note)","description":"Dicetak sebagai catatan penyusunan pada rancangan saja; harus dihapus sebelum ditetapkan. (Printed as a marked drafting note in a draft only; must be removed before enactment.)","type":["string","null"]},"sections":{"title":"Sub-subbab (Subsections)","type":"array","items":{"oneOf":[{"$ref":"#/$defs/section"},{"$ref":"#/$defs/blockRef"}]}}}};
const wrapper0 = {validate: validate22};
const schema34 = {"title":"Bagian dari data (Generated block)","description":"Menempatkan bagian yang disusun dari data di posisi ini. (Places a generated block here.)","type":"object","additionalProperties":false,"required":["block"],"properties":{"block":{"$ref":"#/$defs/block"}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.block === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "block"},message:"must have required property '"+"block"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "block")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.block !== undefined){
let data0 = data.block;
if(!(((((((((((((((((data0 === "region-facts") || (data0 === "readiness")) || (data0 === "rpjpd")) || (data0 === "stages")) || (data0 === "vision")) || (data0 === "dimensions")) || (data0 === "programs")) || (data0 === "roadmap")) || (data0 === "quick-wins")) || (data0 === "infrastructure")) || (data0 === "governance")) || (data0 === "budget")) || (data0 === "traceability")) || (data0 === "responsibility")) || (data0 === "swot")) || (data0 === "risks")) || (data0 === "monitoring"))){
const err2 = {instancePath:instancePath+"/block",schemaPath:"#/$defs/block/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "title") || (key0 === "body")) || (key0 === "note")) || (key0 === "sections"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.body !== undefined){
let data1 = data.body;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: schema33.properties.body.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.note !== undefined){
let data2 = data.note;
if((typeof data2 !== "string") && (data2 !== null)){
const err5 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: schema33.properties.note.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.sections !== undefined){
let data3 = data.sections;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
let valid3 = false;
let passing0 = null;
const _errs12 = errors;
if(!(wrapper0.validate(data4, {instancePath:instancePath+"/sections/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
else {
var props0 = wrapper0.validate.evaluated.props;
}
var _valid0 = _errs12 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs13 = errors;
if(!(validate23(data4, {instancePath:instancePath+"/sections/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid3){
const err6 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://masterplan.invalid/schemas/chapter.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.order === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "schema_version") || (key0 === "id")) || (key0 === "order")) || (key0 === "title")) || (key0 === "intro")) || (key0 === "note")) || (key0 === "sections")) || (key0 === "blocks"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err5 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.order !== undefined){
let data2 = data.order;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.intro !== undefined){
let data4 = data.intro;
if((typeof data4 !== "string") && (data4 !== null)){
const err12 = {instancePath:instancePath+"/intro",schemaPath:"#/properties/intro/type",keyword:"type",params:{type: schema32.properties.intro.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.note !== undefined){
let data5 = data.note;
if((typeof data5 !== "string") && (data5 !== null)){
const err13 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: schema32.properties.note.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.sections !== undefined){
let data6 = data.sections;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs16 = errors;
let valid3 = false;
let passing0 = null;
const _errs17 = errors;
if(!(validate22(data7, {instancePath:instancePath+"/sections/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
var props0 = true;
}
const _errs18 = errors;
if(!(validate23(data7, {instancePath:instancePath+"/sections/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid3){
const err14 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.blocks !== undefined){
let data8 = data.blocks;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(!(((((((((((((((((data9 === "region-facts") || (data9 === "readiness")) || (data9 === "rpjpd")) || (data9 === "stages")) || (data9 === "vision")) || (data9 === "dimensions")) || (data9 === "programs")) || (data9 === "roadmap")) || (data9 === "quick-wins")) || (data9 === "infrastructure")) || (data9 === "governance")) || (data9 === "budget")) || (data9 === "traceability")) || (data9 === "responsibility")) || (data9 === "swot")) || (data9 === "risks")) || (data9 === "monitoring"))){
const err16 = {instancePath:instancePath+"/blocks/" + i1,schemaPath:"#/$defs/block/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i2 = data8.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data8[i2], data8[j0])){
const err17 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const dimensionUntyped = validate27;
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://masterplan.invalid/schemas/dimension.schema.json","title":"Dimensi smart city (Smart city dimension)","description":"Berkas dimensions/<id>.yaml: satu dari enam dimensi, dengan tiga elemennya, tujuan dan indikator per tahap. (dimensions/<id>.yaml: one of the six dimensions, its elements, goals and indicators per stage.)","type":"object","additionalProperties":false,"required":["schema_version","id","order","name","coordinator","elements","goals","indicators"],"properties":{"schema_version":{"title":"Versi format (Format version)","const":1},"id":{"title":"Kode dimensi (Dimension id)","description":"Sama dengan nama berkas. (Equal to the file name.)","enum":["governance","branding","economy","living","society","environment"]},"order":{"title":"Urutan (Order)","type":"integer","minimum":1,"maximum":6},"name":{"title":"Nama dimensi (Dimension name)","type":"string","minLength":1},"coordinator":{"title":"OPD koordinator dimensi (Coordinating agency)","description":"Kode OPD dari agencies.yaml; `belum-ditetapkan` bila memang belum ada yang ditunjuk; null bila belum diketahui tim penyusun. (Agency id from agencies.yaml; `belum-ditetapkan` when nobody has been designated; null when the drafting team does not know it.)","oneOf":[{"$ref":"#/$defs/id"},{"type":"null"}]},"description":{"title":"Uraian (Description, markdown)","type":["string","null"]},"elements":{"title":"Elemen (Elements)","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","name","english"],"properties":{"id":{"title":"Kode elemen (Element id)","$ref":"#/$defs/id"},"name":{"title":"Nama elemen (Element name)","type":"string","minLength":1},"english":{"title":"Nama dalam bahasa Inggris (English name)","type":"string"},"description":{"title":"Uraian (Description, markdown)","type":["string","null"]}}}},"goals":{"title":"Tujuan dimensi (Dimension goals)","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"title":"Kode tujuan (Goal id)","$ref":"#/$defs/id"},"text":{"title":"Rumusan tujuan (Goal text)","type":"string","minLength":1}}}},"indicators":{"title":"Indikator dimensi (Dimension indicators)","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","unit","baseline","targets"],"properties":{"id":{"title":"Kode indikator (Indicator id)","$ref":"#/$defs/id"},"name":{"title":"Nama indikator (Indicator name)","type":"string","minLength":1},"unit":{"title":"Satuan (Unit)","type":["string","null"],"minLength":1,"description":"null bila belum ditentukan. (null while not decided.)"},"baseline":{"$ref":"#/$defs/baseline"},"targets":{"title":"Target per tahap masterplan (Targets per masterplan stage)","description":"Kunci: kode tahap dari masterplan.yaml; nilai null bila target belum ditetapkan. (Keys: stage ids from masterplan.yaml; null when a target is not set yet.)","type":"object","propertyNames":{"$ref":"#/$defs/id"},"additionalProperties":{"type":["number","null"]},"minProperties":1}}}}},"$defs":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"year":{"type":"integer","minimum":1945,"maximum":2200},"baseline":{"title":"Nilai dasar (Baseline)","description":"Nilai, tahun dan sumber data; null bila belum diukur. (Value, year and data source; null when not yet measured.)","oneOf":[{"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"title":"Nilai; null bila belum diukur (Value; null when not yet measured)","type":["number","null"]},"year":{"title":"Tahun data (Year of the data)","oneOf":[{"$ref":"#/$defs/year"},{"type":"null"}]},"source":{"title":"Sumber data (Data source)","type":["string","null"]}}},{"type":["number","null"]}]}}};
const schema38 = {"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"};
const func5 = Object.prototype.hasOwnProperty;
const schema42 = {"title":"Nilai dasar (Baseline)","description":"Nilai, tahun dan sumber data; null bila belum diukur. (Value, year and data source; null when not yet measured.)","oneOf":[{"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"title":"Nilai; null bila belum diukur (Value; null when not yet measured)","type":["number","null"]},"year":{"title":"Tahun data (Year of the data)","oneOf":[{"$ref":"#/$defs/year"},{"type":"null"}]},"source":{"title":"Sumber data (Data source)","type":["string","null"]}}},{"type":["number","null"]}]};
const schema43 = {"type":"integer","minimum":1945,"maximum":2200};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "value") || (key0 === "year")) || (key0 === "source"))){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if((!((typeof data0 == "number") && (isFinite(data0)))) && (data0 !== null)){
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/oneOf/0/properties/value/type",keyword:"type",params:{type: schema42.oneOf[0].properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.year !== undefined){
let data1 = data.year;
const _errs7 = errors;
let valid2 = false;
let passing1 = null;
const _errs8 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/year",schemaPath:"#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2200 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/year",schemaPath:"#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 1945 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/year",schemaPath:"#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid1 = _errs8 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs11 = errors;
if(data1 !== null){
const err6 = {instancePath:instancePath+"/year",schemaPath:"#/oneOf/0/properties/year/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs11 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err7 = {instancePath:instancePath+"/year",schemaPath:"#/oneOf/0/properties/year/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.source !== undefined){
let data2 = data.source;
if((typeof data2 !== "string") && (data2 !== null)){
const err8 = {instancePath:instancePath+"/source",schemaPath:"#/oneOf/0/properties/source/type",keyword:"type",params:{type: schema42.oneOf[0].properties.source.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs15 = errors;
if((!((typeof data == "number") && (isFinite(data)))) && (data !== null)){
const err10 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: schema42.oneOf[1].type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err11 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate28.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate28.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://masterplan.invalid/schemas/dimension.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.order === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "order"},message:"must have required property '"+"order"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.coordinator === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coordinator"},message:"must have required property '"+"coordinator"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.elements === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "elements"},message:"must have required property '"+"elements"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.goals === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "goals"},message:"must have required property '"+"goals"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.indicators === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indicators"},message:"must have required property '"+"indicators"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema37.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err9 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(!((((((data1 === "governance") || (data1 === "branding")) || (data1 === "economy")) || (data1 === "living")) || (data1 === "society")) || (data1 === "environment"))){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/enum",keyword:"enum",params:{allowedValues: schema37.properties.id.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.order !== undefined){
let data2 = data.order;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 6 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/maximum",keyword:"maximum",params:{comparison: "<=", limit: 6},message:"must be <= 6"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.coordinator !== undefined){
let data4 = data.coordinator;
const _errs9 = errors;
let valid1 = false;
let passing0 = null;
const _errs10 = errors;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err16 = {instancePath:instancePath+"/coordinator",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/coordinator",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs13 = errors;
if(data4 !== null){
const err18 = {instancePath:instancePath+"/coordinator",schemaPath:"#/properties/coordinator/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err19 = {instancePath:instancePath+"/coordinator",schemaPath:"#/properties/coordinator/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.description !== undefined){
let data5 = data.description;
if((typeof data5 !== "string") && (data5 !== null)){
const err20 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema37.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.elements !== undefined){
let data6 = data.elements;
if(Array.isArray(data6)){
if(data6.length < 1){
const err21 = {instancePath:instancePath+"/elements",schemaPath:"#/properties/elements/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err22 = {instancePath:instancePath+"/elements/" + i0,schemaPath:"#/properties/elements/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.name === undefined){
const err23 = {instancePath:instancePath+"/elements/" + i0,schemaPath:"#/properties/elements/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7.english === undefined){
const err24 = {instancePath:instancePath+"/elements/" + i0,schemaPath:"#/properties/elements/items/required",keyword:"required",params:{missingProperty: "english"},message:"must have required property '"+"english"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data7){
if(!((((key1 === "id") || (key1 === "name")) || (key1 === "english")) || (key1 === "description"))){
const err25 = {instancePath:instancePath+"/elements/" + i0,schemaPath:"#/properties/elements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err26 = {instancePath:instancePath+"/elements/" + i0+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/elements/" + i0+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.name !== undefined){
let data9 = data7.name;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err28 = {instancePath:instancePath+"/elements/" + i0+"/name",schemaPath:"#/properties/elements/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/elements/" + i0+"/name",schemaPath:"#/properties/elements/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data7.english !== undefined){
if(typeof data7.english !== "string"){
const err30 = {instancePath:instancePath+"/elements/" + i0+"/english",schemaPath:"#/properties/elements/items/properties/english/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.description !== undefined){
let data11 = data7.description;
if((typeof data11 !== "string") && (data11 !== null)){
const err31 = {instancePath:instancePath+"/elements/" + i0+"/description",schemaPath:"#/properties/elements/items/properties/description/type",keyword:"type",params:{type: schema37.properties.elements.items.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/elements/" + i0,schemaPath:"#/properties/elements/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/elements",schemaPath:"#/properties/elements/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.goals !== undefined){
let data12 = data.goals;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.id === undefined){
const err34 = {instancePath:instancePath+"/goals/" + i1,schemaPath:"#/properties/goals/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data13.text === undefined){
const err35 = {instancePath:instancePath+"/goals/" + i1,schemaPath:"#/properties/goals/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key2 in data13){
if(!((key2 === "id") || (key2 === "text"))){
const err36 = {instancePath:instancePath+"/goals/" + i1,schemaPath:"#/properties/goals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data13.id !== undefined){
let data14 = data13.id;
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
const err37 = {instancePath:instancePath+"/goals/" + i1+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/goals/" + i1+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data13.text !== undefined){
let data15 = data13.text;
if(typeof data15 === "string"){
if(func1(data15) < 1){
const err39 = {instancePath:instancePath+"/goals/" + i1+"/text",schemaPath:"#/properties/goals/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/goals/" + i1+"/text",schemaPath:"#/properties/goals/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/goals/" + i1,schemaPath:"#/properties/goals/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/goals",schemaPath:"#/properties/goals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.indicators !== undefined){
let data16 = data.indicators;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
let data17 = data16[i2];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.id === undefined){
const err43 = {instancePath:instancePath+"/indicators/" + i2,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data17.name === undefined){
const err44 = {instancePath:instancePath+"/indicators/" + i2,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data17.unit === undefined){
const err45 = {instancePath:instancePath+"/indicators/" + i2,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data17.baseline === undefined){
const err46 = {instancePath:instancePath+"/indicators/" + i2,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data17.targets === undefined){
const err47 = {instancePath:instancePath+"/indicators/" + i2,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key3 in data17){
if(!(((((key3 === "id") || (key3 === "name")) || (key3 === "unit")) || (key3 === "baseline")) || (key3 === "targets"))){
const err48 = {instancePath:instancePath+"/indicators/" + i2,schemaPath:"#/properties/indicators/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data17.id !== undefined){
let data18 = data17.id;
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
const err49 = {instancePath:instancePath+"/indicators/" + i2+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/indicators/" + i2+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data17.name !== undefined){
let data19 = data17.name;
if(typeof data19 === "string"){
if(func1(data19) < 1){
const err51 = {instancePath:instancePath+"/indicators/" + i2+"/name",schemaPath:"#/properties/indicators/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/indicators/" + i2+"/name",schemaPath:"#/properties/indicators/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data17.unit !== undefined){
let data20 = data17.unit;
if((typeof data20 !== "string") && (data20 !== null)){
const err53 = {instancePath:instancePath+"/indicators/" + i2+"/unit",schemaPath:"#/properties/indicators/items/properties/unit/type",keyword:"type",params:{type: schema37.properties.indicators.items.properties.unit.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(typeof data20 === "string"){
if(func1(data20) < 1){
const err54 = {instancePath:instancePath+"/indicators/" + i2+"/unit",schemaPath:"#/properties/indicators/items/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data17.baseline !== undefined){
if(!(validate28(data17.baseline, {instancePath:instancePath+"/indicators/" + i2+"/baseline",parentData:data17,parentDataProperty:"baseline",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data17.targets !== undefined){
let data22 = data17.targets;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(Object.keys(data22).length < 1){
const err55 = {instancePath:instancePath+"/indicators/" + i2+"/targets",schemaPath:"#/properties/indicators/items/properties/targets/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key4 in data22){
const _errs56 = errors;
if(typeof key4 === "string"){
if(!pattern4.test(key4)){
const err56 = {instancePath:instancePath+"/indicators/" + i2+"/targets",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",propertyName:key4};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/indicators/" + i2+"/targets",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key4};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var valid15 = _errs56 === errors;
if(!valid15){
const err58 = {instancePath:instancePath+"/indicators/" + i2+"/targets",schemaPath:"#/properties/indicators/items/properties/targets/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
for(const key5 in data22){
let data23 = data22[key5];
if((!((typeof data23 == "number") && (isFinite(data23)))) && (data23 !== null)){
const err59 = {instancePath:instancePath+"/indicators/" + i2+"/targets/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/indicators/items/properties/targets/additionalProperties/type",keyword:"type",params:{type: schema37.properties.indicators.items.properties.targets.additionalProperties.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/indicators/" + i2+"/targets",schemaPath:"#/properties/indicators/items/properties/targets/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/indicators/" + i2,schemaPath:"#/properties/indicators/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const glossaryUntyped = validate30;
const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://masterplan.invalid/schemas/glossary.schema.json","title":"Daftar istilah dan singkatan (Glossary)","description":"Berkas glossary.yaml: istilah dan singkatan yang dijelaskan dalam Daftar Istilah dan Singkatan; istilah asing dicetak miring di seluruh dokumen. Singkatan perangkat daerah dari agencies.yaml ditambahkan otomatis. (glossary.yaml: terms and abbreviations for the list of terms; foreign terms are set in italics throughout. Agency abbreviations join automatically.)","type":"object","additionalProperties":false,"required":["schema_version","terms"],"properties":{"schema_version":{"title":"Versi format (Format version)","const":1},"terms":{"title":"Istilah (Terms)","type":"array","items":{"type":"object","additionalProperties":false,"required":["term","meaning","foreign"],"properties":{"term":{"title":"Istilah atau singkatan (Term or abbreviation)","description":"Ditulis dalam satu bentuk, seperti di teks. (In the one form the text uses.)","type":"string","minLength":1},"meaning":{"title":"Arti atau kepanjangan (Meaning or expansion)","type":"string","minLength":1},"foreign":{"title":"Istilah asing (Foreign term)","description":"true: dicetak miring di seluruh dokumen, misalnya smart city, quick win. (true: set in italics throughout the document.)","type":"boolean"},"indonesian":{"title":"Padanan Indonesia (Indonesian form)","description":"Bentuk Indonesia yang dipakai teks untuk istilah asing ini; pada penggunaan pertama dokumen menulis \"kota cerdas (smart city)\". (The Indonesian form the text uses for this foreign term; its first use prints \"kota cerdas (smart city)\".)","type":"string","minLength":1,"pattern":"^\\S(?:.*\\S)?$"},"variants":{"title":"Bentuk lain yang tidak dipakai (Forms not to use)","description":"Bentuk lain istilah ini yang tidak boleh muncul dalam teks, misalnya kabupaten cerdas bila bentuk yang dipilih kota cerdas; validasi memperingatkan setiap pemakaiannya. (Other forms of the term the text must not use; validation warns on each.)","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}}}}}}};
const pattern11 = new RegExp("^\\S(?:.*\\S)?$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://masterplan.invalid/schemas/glossary.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.terms === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "terms"},message:"must have required property '"+"terms"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "schema_version") || (key0 === "terms"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err3 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.terms !== undefined){
let data1 = data.terms;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.term === undefined){
const err4 = {instancePath:instancePath+"/terms/" + i0,schemaPath:"#/properties/terms/items/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.meaning === undefined){
const err5 = {instancePath:instancePath+"/terms/" + i0,schemaPath:"#/properties/terms/items/required",keyword:"required",params:{missingProperty: "meaning"},message:"must have required property '"+"meaning"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.foreign === undefined){
const err6 = {instancePath:instancePath+"/terms/" + i0,schemaPath:"#/properties/terms/items/required",keyword:"required",params:{missingProperty: "foreign"},message:"must have required property '"+"foreign"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "term") || (key1 === "meaning")) || (key1 === "foreign")) || (key1 === "indonesian")) || (key1 === "variants"))){
const err7 = {instancePath:instancePath+"/terms/" + i0,schemaPath:"#/properties/terms/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.term !== undefined){
let data3 = data2.term;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/terms/" + i0+"/term",schemaPath:"#/properties/terms/items/properties/term/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/terms/" + i0+"/term",schemaPath:"#/properties/terms/items/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.meaning !== undefined){
let data4 = data2.meaning;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err10 = {instancePath:instancePath+"/terms/" + i0+"/meaning",schemaPath:"#/properties/terms/items/properties/meaning/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/terms/" + i0+"/meaning",schemaPath:"#/properties/terms/items/properties/meaning/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.foreign !== undefined){
if(typeof data2.foreign !== "boolean"){
const err12 = {instancePath:instancePath+"/terms/" + i0+"/foreign",schemaPath:"#/properties/terms/items/properties/foreign/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.indonesian !== undefined){
let data6 = data2.indonesian;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err13 = {instancePath:instancePath+"/terms/" + i0+"/indonesian",schemaPath:"#/properties/terms/items/properties/indonesian/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern11.test(data6)){
const err14 = {instancePath:instancePath+"/terms/" + i0+"/indonesian",schemaPath:"#/properties/terms/items/properties/indonesian/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/terms/" + i0+"/indonesian",schemaPath:"#/properties/terms/items/properties/indonesian/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.variants !== undefined){
let data7 = data2.variants;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err16 = {instancePath:instancePath+"/terms/" + i0+"/variants/" + i1,schemaPath:"#/properties/terms/items/properties/variants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/terms/" + i0+"/variants/" + i1,schemaPath:"#/properties/terms/items/properties/variants/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let i2 = data7.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data7[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err18 = {instancePath:instancePath+"/terms/" + i0+"/variants",schemaPath:"#/properties/terms/items/properties/variants/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err19 = {instancePath:instancePath+"/terms/" + i0+"/variants",schemaPath:"#/properties/terms/items/properties/variants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/terms/" + i0,schemaPath:"#/properties/terms/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const localeUntyped = validate31;
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://masterplan.invalid/schemas/locale.schema.json","title":"Kata-kata dokumen (Document words)","description":"locale.json sebuah tema: setiap kata yang dicetak dokumen. Salinan di templates/ rencana menggantikan seluruh berkas bawaan. (A theme's locale.json: every word the documents print. A copy in the plan's templates/ replaces the whole default file.)","type":"object","additionalProperties":false,"required":["toc","glossary","chapter","chapterInText","table","continued","figure","source","page","blank","unassigned","partlyUnknown","draftingNote","yes","no","total","blocks","empty","captions","notes","sources","status","infrastructure","facts","labels","changes","fields","summary","documents","kesiapan","levels","quickWinDoc","reporting"],"properties":{"toc":{"type":"string"},"glossary":{"type":"string"},"chapter":{"type":"string"},"chapterInText":{"type":"string","minLength":1,"description":"Kata bab dalam kalimat, untuk rujukan {bab:...}: \"Bab\" (The chapter word inside a sentence, for {bab:...} references)"},"table":{"type":"string"},"continued":{"type":"string","description":"Ditulis di atas kepala tabel yang berlanjut ke halaman berikutnya, sesudah nomor tabelnya: \"Tabel 3.5 (lanjutan)\". (Written above the header of a table continued on the next page, after its number.)"},"figure":{"type":"string"},"source":{"type":"string"},"page":{"type":"string"},"blank":{"type":"string"},"foreignTerms":{"title":"Istilah asing bawaan (Default foreign terms)","description":"Istilah asing yang dicetak miring di setiap rencana, selain yang ditandai foreign: true dalam glossary.yaml; istilah yang dicatat glossary.yaml dengan foreign: false tidak dimiringkan. (Foreign terms set in italics in every plan, besides those a glossary marks foreign; a term the glossary marks foreign: false stays upright.)","type":"array","items":{"type":"string","minLength":1}},"unassigned":{"type":"string"},"partlyUnknown":{"type":"string"},"draftingNote":{"type":"string"},"yes":{"type":"string"},"no":{"type":"string"},"total":{"type":"string"},"blocks":{"$ref":"#/$defs/words","description":"Judul bagian yang dihasilkan dari data (Titles of generated parts)"},"empty":{"$ref":"#/$defs/words","description":"Kalimat bab yang belum memuat isi, per bagian (Sentences of a chapter with nothing to show, by block)"},"captions":{"$ref":"#/$defs/words","description":"Judul tabel dan gambar (Table and figure titles)"},"notes":{"$ref":"#/$defs/words","description":"Catatan penyusunan yang dihasilkan (Generated drafting notes)"},"sources":{"$ref":"#/$defs/words","description":"Nama sumber dana (Funding source names)"},"status":{"$ref":"#/$defs/words","description":"Nama status program (Program status names)"},"infrastructure":{"$ref":"#/$defs/words","description":"Jenis infrastruktur (Infrastructure kinds)"},"facts":{"$ref":"#/$defs/words","description":"Label data pokok wilayah (Region fact labels)"},"labels":{"$ref":"#/$defs/words","description":"Label kolom dan baris (Column and row labels)"},"changes":{"$ref":"#/$defs/words","description":"Kata-kata Daftar Perubahan (Words of the change annex)"},"fields":{"$ref":"#/$defs/words","description":"Nama kolom program dalam Daftar Perubahan (Program field names in the change annex)"},"summary":{"$ref":"#/$defs/words","description":"Kata-kata ringkasan eksekutif (Words of the executive summary)"},"documents":{"$ref":"#/$defs/words","description":"Nama dokumen (Document names)"},"kesiapan":{"$ref":"#/$defs/words","description":"Kata-kata buku saku kesiapan (Words of the readiness booklet)"},"levels":{"$ref":"#/$defs/words","description":"Tingkat risiko (Risk levels)"},"quickWinDoc":{"$ref":"#/$defs/words","description":"Kata-kata dokumen profil quick win (Words of the quick-win profile document)"},"reporting":{"$ref":"#/$defs/words","description":"Periode pelaporan (Reporting periods)"},"raperda":{"$ref":"#/$defs/words","description":"Rumusan baku peraturan yang menetapkan masterplan, UU 12/2011 Lampiran II (The fixed wording of the regulation that enacts the masterplan)"}},"$defs":{"words":{"type":"object","additionalProperties":{"type":"string"},"title":"Words"}}};
const schema47 = {"type":"object","additionalProperties":{"type":"string"},"title":"Words"};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://masterplan.invalid/schemas/locale.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.toc === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "toc"},message:"must have required property '"+"toc"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.glossary === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "glossary"},message:"must have required property '"+"glossary"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.chapter === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chapter"},message:"must have required property '"+"chapter"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.chapterInText === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chapterInText"},message:"must have required property '"+"chapterInText"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.table === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table"},message:"must have required property '"+"table"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.continued === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "continued"},message:"must have required property '"+"continued"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.figure === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "figure"},message:"must have required property '"+"figure"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.source === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.page === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.blank === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blank"},message:"must have required property '"+"blank"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.unassigned === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unassigned"},message:"must have required property '"+"unassigned"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.partlyUnknown === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "partlyUnknown"},message:"must have required property '"+"partlyUnknown"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.draftingNote === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "draftingNote"},message:"must have required property '"+"draftingNote"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.yes === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "yes"},message:"must have required property '"+"yes"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.no === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "no"},message:"must have required property '"+"no"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.total === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.blocks === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blocks"},message:"must have required property '"+"blocks"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.empty === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "empty"},message:"must have required property '"+"empty"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.captions === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "captions"},message:"must have required property '"+"captions"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.notes === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "notes"},message:"must have required property '"+"notes"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.sources === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.status === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.infrastructure === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "infrastructure"},message:"must have required property '"+"infrastructure"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.facts === undefined){
const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "facts"},message:"must have required property '"+"facts"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.labels === undefined){
const err24 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "labels"},message:"must have required property '"+"labels"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.changes === undefined){
const err25 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.fields === undefined){
const err26 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.summary === undefined){
const err27 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.documents === undefined){
const err28 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "documents"},message:"must have required property '"+"documents"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.kesiapan === undefined){
const err29 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kesiapan"},message:"must have required property '"+"kesiapan"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.levels === undefined){
const err30 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.quickWinDoc === undefined){
const err31 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quickWinDoc"},message:"must have required property '"+"quickWinDoc"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.reporting === undefined){
const err32 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reporting"},message:"must have required property '"+"reporting"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema46.properties, key0))){
const err33 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.toc !== undefined){
if(typeof data.toc !== "string"){
const err34 = {instancePath:instancePath+"/toc",schemaPath:"#/properties/toc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.glossary !== undefined){
if(typeof data.glossary !== "string"){
const err35 = {instancePath:instancePath+"/glossary",schemaPath:"#/properties/glossary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.chapter !== undefined){
if(typeof data.chapter !== "string"){
const err36 = {instancePath:instancePath+"/chapter",schemaPath:"#/properties/chapter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.chapterInText !== undefined){
let data3 = data.chapterInText;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err37 = {instancePath:instancePath+"/chapterInText",schemaPath:"#/properties/chapterInText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/chapterInText",schemaPath:"#/properties/chapterInText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.table !== undefined){
if(typeof data.table !== "string"){
const err39 = {instancePath:instancePath+"/table",schemaPath:"#/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.continued !== undefined){
if(typeof data.continued !== "string"){
const err40 = {instancePath:instancePath+"/continued",schemaPath:"#/properties/continued/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.figure !== undefined){
if(typeof data.figure !== "string"){
const err41 = {instancePath:instancePath+"/figure",schemaPath:"#/properties/figure/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.source !== undefined){
if(typeof data.source !== "string"){
const err42 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.page !== undefined){
if(typeof data.page !== "string"){
const err43 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.blank !== undefined){
if(typeof data.blank !== "string"){
const err44 = {instancePath:instancePath+"/blank",schemaPath:"#/properties/blank/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.foreignTerms !== undefined){
let data10 = data.foreignTerms;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err45 = {instancePath:instancePath+"/foreignTerms/" + i0,schemaPath:"#/properties/foreignTerms/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/foreignTerms/" + i0,schemaPath:"#/properties/foreignTerms/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/foreignTerms",schemaPath:"#/properties/foreignTerms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.unassigned !== undefined){
if(typeof data.unassigned !== "string"){
const err48 = {instancePath:instancePath+"/unassigned",schemaPath:"#/properties/unassigned/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.partlyUnknown !== undefined){
if(typeof data.partlyUnknown !== "string"){
const err49 = {instancePath:instancePath+"/partlyUnknown",schemaPath:"#/properties/partlyUnknown/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.draftingNote !== undefined){
if(typeof data.draftingNote !== "string"){
const err50 = {instancePath:instancePath+"/draftingNote",schemaPath:"#/properties/draftingNote/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.yes !== undefined){
if(typeof data.yes !== "string"){
const err51 = {instancePath:instancePath+"/yes",schemaPath:"#/properties/yes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.no !== undefined){
if(typeof data.no !== "string"){
const err52 = {instancePath:instancePath+"/no",schemaPath:"#/properties/no/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.total !== undefined){
if(typeof data.total !== "string"){
const err53 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.blocks !== undefined){
let data18 = data.blocks;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key1 in data18){
if(typeof data18[key1] !== "string"){
const err54 = {instancePath:instancePath+"/blocks/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/blocks",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.empty !== undefined){
let data20 = data.empty;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key2 in data20){
if(typeof data20[key2] !== "string"){
const err56 = {instancePath:instancePath+"/empty/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/empty",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.captions !== undefined){
let data22 = data.captions;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key3 in data22){
if(typeof data22[key3] !== "string"){
const err58 = {instancePath:instancePath+"/captions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/captions",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.notes !== undefined){
let data24 = data.notes;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key4 in data24){
if(typeof data24[key4] !== "string"){
const err60 = {instancePath:instancePath+"/notes/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/notes",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.sources !== undefined){
let data26 = data.sources;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key5 in data26){
if(typeof data26[key5] !== "string"){
const err62 = {instancePath:instancePath+"/sources/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/sources",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.status !== undefined){
let data28 = data.status;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key6 in data28){
if(typeof data28[key6] !== "string"){
const err64 = {instancePath:instancePath+"/status/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.infrastructure !== undefined){
let data30 = data.infrastructure;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key7 in data30){
if(typeof data30[key7] !== "string"){
const err66 = {instancePath:instancePath+"/infrastructure/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/infrastructure",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.facts !== undefined){
let data32 = data.facts;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key8 in data32){
if(typeof data32[key8] !== "string"){
const err68 = {instancePath:instancePath+"/facts/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/facts",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.labels !== undefined){
let data34 = data.labels;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key9 in data34){
if(typeof data34[key9] !== "string"){
const err70 = {instancePath:instancePath+"/labels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/labels",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.changes !== undefined){
let data36 = data.changes;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key10 in data36){
if(typeof data36[key10] !== "string"){
const err72 = {instancePath:instancePath+"/changes/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/changes",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.fields !== undefined){
let data38 = data.fields;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key11 in data38){
if(typeof data38[key11] !== "string"){
const err74 = {instancePath:instancePath+"/fields/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/fields",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.summary !== undefined){
let data40 = data.summary;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key12 in data40){
if(typeof data40[key12] !== "string"){
const err76 = {instancePath:instancePath+"/summary/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.documents !== undefined){
let data42 = data.documents;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key13 in data42){
if(typeof data42[key13] !== "string"){
const err78 = {instancePath:instancePath+"/documents/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/documents",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.kesiapan !== undefined){
let data44 = data.kesiapan;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key14 in data44){
if(typeof data44[key14] !== "string"){
const err80 = {instancePath:instancePath+"/kesiapan/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/kesiapan",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.levels !== undefined){
let data46 = data.levels;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
for(const key15 in data46){
if(typeof data46[key15] !== "string"){
const err82 = {instancePath:instancePath+"/levels/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/levels",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.quickWinDoc !== undefined){
let data48 = data.quickWinDoc;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key16 in data48){
if(typeof data48[key16] !== "string"){
const err84 = {instancePath:instancePath+"/quickWinDoc/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/quickWinDoc",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.reporting !== undefined){
let data50 = data.reporting;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key17 in data50){
if(typeof data50[key17] !== "string"){
const err86 = {instancePath:instancePath+"/reporting/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/reporting",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.raperda !== undefined){
let data52 = data.raperda;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key18 in data52){
if(typeof data52[key18] !== "string"){
const err88 = {instancePath:instancePath+"/raperda/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/words/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/raperda",schemaPath:"#/$defs/words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const manifestUntyped = validate32;
const schema65 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://masterplan.invalid/schemas/manifest.schema.json","title":"Manifes masterplan (Masterplan manifest)","description":"Berkas masterplan.yaml: wilayah, judul, horizon, tahapan, status hukum, penandatangan, kertas dan keluaran. (masterplan.yaml: region, title, horizon, stages, legal status, signatory, paper and outputs.)","type":"object","additionalProperties":false,"required":["schema_version","name","region","title","horizon","stages","legal","signatory"],"properties":{"schema_version":{"title":"Versi format (Format version)","description":"Versi format berkas sumber, agar berkas lama dapat dimigrasikan. (Source format version, so old files can be migrated.)","const":1},"name":{"title":"Nama berkas keluaran (Output file name)","description":"Nama dasar berkas HTML dan PDF di dist/, paling panjang 150 karakter agar muat sebagai nama berkas. (Base name of the HTML and PDF files in dist/, at most 150 characters so that it fits a file name.)","$ref":"#/$defs/id","type":"string","maxLength":150},"region":{"title":"Wilayah (Region)","type":"object","additionalProperties":false,"required":["kind","name","province"],"properties":{"kind":{"title":"Jenis daerah (Region kind)","enum":["kabupaten","kota"]},"name":{"title":"Nama daerah (Region name)","type":"string","minLength":1,"description":"Tanpa \"Kabupaten\" atau \"Kota\"; huruf terlihat di awal dan akhir, paling panjang 100 karakter. (Without \"Kabupaten\" or \"Kota\"; visible characters first and last, at most 100 characters.)","pattern":"^\\S(?:.*\\S)?$","maxLength":100},"province":{"title":"Provinsi (Province)","description":"null bila belum diisi. (null while not filled in.)","type":["string","null"],"minLength":1,"pattern":"^\\S(?:.*\\S)?$","maxLength":100},"head_title":{"title":"Jabatan kepala daerah (Title of the head of region)","description":"Bawaan: BUPATI untuk kabupaten, WALI KOTA untuk kota. (Default: BUPATI for a kabupaten, WALI KOTA for a kota.)","type":"string"},"facts":{"title":"Data pokok wilayah (Key facts)","type":"object","additionalProperties":false,"properties":{"kecamatan":{"title":"Jumlah kecamatan (Districts)","type":["integer","null"],"minimum":0},"desa":{"title":"Jumlah desa (Villages)","type":["integer","null"],"minimum":0},"kelurahan":{"title":"Jumlah kelurahan (Urban villages)","type":["integer","null"],"minimum":0},"area_km2":{"title":"Luas wilayah, km² (Area, km²)","type":["number","null"],"minimum":0},"population":{"title":"Jumlah penduduk (Population)","type":["integer","null"],"minimum":0},"population_year":{"title":"Tahun data penduduk (Population year)","type":["integer","null"]},"spbe_index":{"title":"Indeks SPBE (SPBE index)","type":["number","null"],"minimum":0,"maximum":5},"spbe_year":{"title":"Tahun indeks SPBE (SPBE index year)","type":["integer","null"]},"source":{"title":"Sumber data (Data source)","description":"Dicetak sebagai baris sumber di bawah tabel, misalnya \"BPS, 2024\". (Printed as the table's source line.)","type":["string","null"]}}}}},"title":{"title":"Judul dokumen (Document title)","description":"Judul masterplan seperti tertulis pada lampiran. (The masterplan title as it appears in the attachment.)","type":"string","minLength":1},"horizon":{"title":"Horizon perencanaan (Planning horizon)","$ref":"#/$defs/years"},"stages":{"title":"Tahapan masterplan (Masterplan stages)","description":"Tahapan masterplan sendiri, berurutan dan tidak tumpang tindih; bukan tahapan RPJPD, walaupun biasanya mengikutinya. (The masterplan's own stages, in order and not overlapping; not the RPJPD's, though they usually follow it.)","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","name","start","end"],"properties":{"id":{"title":"Kode tahap (Stage id)","$ref":"#/$defs/id"},"name":{"title":"Nama tahap (Stage name)","type":"string","minLength":1},"start":{"title":"Tahun awal (First year)","$ref":"#/$defs/year"},"end":{"title":"Tahun akhir (Last year)","$ref":"#/$defs/year"},"theme":{"title":"Tema tahap (Stage theme)","type":["string","null"]},"directions":{"title":"Arah kebijakan tahap (Policy directions of the stage)","description":"Arah kebijakan smart city pada tahap ini, satu butir per arah; boleh kosong bila programnya sudah dirinci. (The stage's policy directions, one item each.)","type":"array","items":{"type":"string","minLength":1}},"deferred":{"title":"Diserahkan ke peninjauan berikutnya (Left to the next review)","description":"Kalimat yang menyatakan bahwa program tahap ini ditetapkan pada peninjauan masterplan berikutnya. (A sentence saying that this stage's programs are left to the next review of the masterplan.)","type":["string","null"]},"proposed":{"title":"Arah usulan penyusun (Proposed by the drafting team)","description":"true bila tema dan arah kebijakan tahap ini usulan tim penyusun. (true when the stage's theme and directions are the drafting team's proposal.)","type":"boolean"}}}},"vision":{"title":"Visi dan misi smart city (The masterplan's vision and missions)","description":"Visi dan misi masterplan sendiri, dicetak pada bagian visi (block: vision) dan dalam ringkasan eksekutif; visi dan misi RPJPD tetap di rpjpd.yaml. (The masterplan's own vision and missions, printed by the vision block and in the executive summary; the RPJPD's stay in rpjpd.yaml.)","type":"object","additionalProperties":false,"required":["text","missions"],"properties":{"text":{"title":"Rumusan visi (Vision statement)","description":"null bila belum dirumuskan. (null while not yet worded.)","type":["string","null"]},"missions":{"title":"Misi (Missions)","description":"Satu butir per misi, berurutan; null untuk misi yang belum dirumuskan. (One item per mission, in order; null for one not yet worded.)","type":"array","items":{"type":["string","null"]}},"proposed":{"title":"Rumusan usulan penyusun (Proposed by the drafting team)","description":"true bila visi dan misi ini usulan tim penyusun yang belum disepakati. (true when the vision and missions are the drafting team's proposal.)","type":"boolean"}}},"legal":{"title":"Status hukum (Legal status)","type":"object","additionalProperties":false,"required":["status","regulation","number","year"],"properties":{"status":{"title":"Status (Status)","description":"rancangan: draf, NOMOR dikosongkan; ditetapkan: nomor diisi. (rancangan: a draft with a blank number; ditetapkan: enacted, number filled.)","enum":["rancangan","ditetapkan"]},"regulation":{"title":"Jenis produk hukum (Regulation type)","description":"perda: Peraturan Daerah; perbup: Peraturan Bupati (kabupaten); perwali: Peraturan Wali Kota (kota). (perda: regional regulation; perbup: regent regulation; perwali: mayor regulation.)","enum":["perda","perbup","perwali"]},"number":{"title":"Nomor (Number)","description":"Kosongkan (null) selama masih rancangan. (Leave null while the regulation is a draft.)","type":["string","null"]},"year":{"title":"Tahun (Year)","description":"Kosongkan (null) selama masih rancangan. (Leave null while the regulation is a draft.)","oneOf":[{"$ref":"#/$defs/year"},{"type":"null"}]},"drafted":{"title":"Tanggal rancangan (Date of the draft)","description":"Tanggal naskah rancangan ini, YYYY-MM-DD: dirujuk daftar perubahan (\"Rancangan tanggal 14 Oktober 2026\") dan menjadi acuan tanggal yang telah lewat. (The date of this draft: the change annex cites it, and dates before it are in the past.)","oneOf":[{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},{"type":"null"}]},"attachment":{"title":"Nomor lampiran (Attachment numeral)","description":"Diisi I, II, ... bila peraturan memiliki beberapa lampiran. (I, II, ... when the regulation has several attachments.)","type":["string","null"],"pattern":"^[IVXLC]+$"},"about":{"title":"Tentang (Subject of the regulation)","description":"Teks setelah TENTANG pada kepala lampiran; bawaan: judul dokumen. (Text after TENTANG in the heading; defaults to the title.)","type":["string","null"]},"certified_by":{"title":"Pengesah salinan (Who certifies a copy)","description":"Untuk salinan naskah yang ditetapkan (build --salinan): jabatan, nama, pangkat dan NIP Kepala Bagian Hukum yang menandatangani \"Salinan sesuai dengan aslinya\"; satu-satunya tempat pangkat dan NIP dicetak. (For a certified copy of the enacted text: the title, name, rank and NIP of the head of the legal division.)","type":"object","additionalProperties":false,"required":["title","name","rank","nip"],"properties":{"title":{"title":"Jabatan (Title)","description":"Mis. KEPALA BAGIAN HUKUM SEKRETARIAT DAERAH KABUPATEN …","type":["string","null"],"minLength":1,"pattern":"^\\S(?:.*\\S)?$"},"name":{"title":"Nama (Name)","description":"null bila belum diketahui. (null when not known.)","type":["string","null"],"minLength":1,"pattern":"^\\S(?:.*\\S)?$"},"rank":{"title":"Pangkat (Rank)","description":"Mis. Pembina Tk. I; null bila belum diketahui. (null when not known.)","type":["string","null"],"minLength":1,"pattern":"^\\S(?:.*\\S)?$"},"nip":{"title":"NIP","description":"18 angka; null bila belum diketahui. (18 digits; null when not known.)","type":["string","null"],"pattern":"^\\d{8} ?\\d{6} ?\\d ?\\d{3}$"}}}}},"signatory":{"title":"Penandatangan (Signatory)","type":"object","additionalProperties":false,"required":["title","name"],"properties":{"title":{"title":"Jabatan (Office)","description":"Jabatan dan nama daerah dalam huruf kapital, misalnya BUPATI CONTOH atau WALI KOTA CONTOH. (Office and region in capitals.)","type":"string","minLength":1},"name":{"title":"Nama lengkap tanpa gelar (Full name without academic titles)","type":["string","null"],"description":"Huruf kapital; null bila belum diketahui. (In capitals; null when not known.)"}}},"governance":{"title":"Kelembagaan smart city (Smart city governance)","type":"object","additionalProperties":false,"properties":{"decree":{"title":"Dasar penetapan (Founding decree)","type":["string","null"],"description":"Keputusan kepala daerah yang membentuk kelembagaan; null bila belum ada. (The decree that set up the bodies; null when there is none yet.)"},"coordinator":{"title":"OPD koordinator smart city (Coordinating agency)","description":"Kode OPD dari agencies.yaml; `belum-ditetapkan` bila memang belum ada yang ditunjuk; null bila belum diketahui tim penyusun. (Agency id from agencies.yaml; `belum-ditetapkan` when nobody has been designated; null when the drafting team does not know it.)","oneOf":[{"$ref":"#/$defs/id"},{"type":"null"}]},"bodies":{"title":"Lembaga pengelola (Governing bodies)","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","members","role"],"properties":{"id":{"$ref":"#/$defs/id"},"name":{"title":"Nama lembaga (Body name)","type":"string"},"members":{"title":"Keanggotaan (Membership)","type":["string","null"],"description":"null bila belum diketahui. (null when not known yet.)"},"role":{"title":"Tugas (Role)","type":["string","null"],"description":"null bila belum diketahui. (null when not known yet.)"}}}},"reporting":{"title":"Periode pelaporan indikator (Reporting period of indicators)","description":"Seberapa sering capaian indikator program dilaporkan kepada Dewan Smart City, bila indikator tidak menyebut sendiri. (How often program indicators are reported, unless an indicator says.)","enum":["bulanan","triwulanan","semesteran","tahunan"]}}},"budget_ceiling":{"title":"Pagu indikatif (Budget ceiling)","description":"Batas jumlah anggaran seluruh program, dalam Rupiah. (Upper bound on the summed program budgets, in Rupiah.)","type":"object","additionalProperties":false,"properties":{"total":{"title":"Pagu total (Total ceiling)","$ref":"#/$defs/rupiah"},"per_year":{"title":"Pagu per tahun (Ceiling per year)","$ref":"#/$defs/rupiah"}}},"paper":{"title":"Kertas (Paper)","type":"object","additionalProperties":false,"properties":{"size":{"title":"Ukuran kertas (Paper size)","description":"f4: 215 × 330 mm (bawaan produk hukum daerah); a4: 210 × 297 mm. (f4 is the default for regional legal products.)","enum":["f4","a4"],"default":"f4"},"margins_cm":{"title":"Margin, cm (Margins, cm)","type":"object","additionalProperties":false,"properties":{"top":{"type":"number","minimum":0,"maximum":10},"bottom":{"type":"number","minimum":0,"maximum":10},"left":{"type":"number","minimum":0,"maximum":10},"right":{"type":"number","minimum":0,"maximum":10}}},"numbering":{"title":"Penomoran bagian (Section numbering)","description":"decimal: 1.1, 1.1.1; legal: A., 1., a. (decimal or legal outline numbering.)","enum":["decimal","legal"],"default":"decimal"}}},"outputs":{"title":"Keluaran (Outputs)","description":"Dokumen yang dicetak (masterplan, ringkasan, quick-win, kesiapan, raperda) dan bentuknya (html, pdf, docx); tanpa nama dokumen, hanya masterplan. `build --doc` menggantikannya. (The documents to print and their formats (html, pdf, docx); with no document named, the masterplan alone. `build --doc` overrides it.)","type":"array","items":{"enum":["html","pdf","docx","masterplan","ringkasan","quick-win","kesiapan","raperda"]},"uniqueItems":true}},"$defs":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","description":"Huruf kecil, angka dan tanda hubung. (Lower-case letters, digits and hyphens.)"},"year":{"type":"integer","minimum":1945,"maximum":2200},"years":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"title":"Tahun awal (First year)","$ref":"#/$defs/year"},"end":{"title":"Tahun akhir (Last year)","$ref":"#/$defs/year"}}},"rupiah":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Rupiah utuh, tanpa desimal. (Whole Rupiah, no decimals.)"}}};
const schema66 = {"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","description":"Huruf kecil, angka dan tanda hubung. (Lower-case letters, digits and hyphens.)"};
const schema68 = {"type":"integer","minimum":1945,"maximum":2200};
const schema76 = {"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Rupiah utuh, tanpa desimal. (Whole Rupiah, no decimals.)"};
const pattern16 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern17 = new RegExp("^[IVXLC]+$", "u");
const pattern21 = new RegExp("^\\d{8} ?\\d{6} ?\\d ?\\d{3}$", "u");
const schema67 = {"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"title":"Tahun awal (First year)","$ref":"#/$defs/year"},"end":{"title":"Tahun akhir (Last year)","$ref":"#/$defs/year"}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.start === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.end === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "start") || (key0 === "end"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.start !== undefined){
let data0 = data.start;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2200 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 1945 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.end !== undefined){
let data1 = data.end;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2200 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 1945 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://masterplan.invalid/schemas/manifest.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.region === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.horizon === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "horizon"},message:"must have required property '"+"horizon"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.stages === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stages"},message:"must have required property '"+"stages"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.legal === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "legal"},message:"must have required property '"+"legal"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.signatory === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signatory"},message:"must have required property '"+"signatory"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema65.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err9 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) > 150){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 150},message:"must NOT have more than 150 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.region !== undefined){
let data2 = data.region;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.kind === undefined){
const err14 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.name === undefined){
const err15 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.province === undefined){
const err16 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/required",keyword:"required",params:{missingProperty: "province"},message:"must have required property '"+"province"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "kind") || (key1 === "name")) || (key1 === "province")) || (key1 === "head_title")) || (key1 === "facts"))){
const err17 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.kind !== undefined){
let data3 = data2.kind;
if(!((data3 === "kabupaten") || (data3 === "kota"))){
const err18 = {instancePath:instancePath+"/region/kind",schemaPath:"#/properties/region/properties/kind/enum",keyword:"enum",params:{allowedValues: schema65.properties.region.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if(typeof data4 === "string"){
if(func1(data4) > 100){
const err19 = {instancePath:instancePath+"/region/name",schemaPath:"#/properties/region/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func1(data4) < 1){
const err20 = {instancePath:instancePath+"/region/name",schemaPath:"#/properties/region/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern11.test(data4)){
const err21 = {instancePath:instancePath+"/region/name",schemaPath:"#/properties/region/properties/name/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/region/name",schemaPath:"#/properties/region/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data2.province !== undefined){
let data5 = data2.province;
if((typeof data5 !== "string") && (data5 !== null)){
const err23 = {instancePath:instancePath+"/region/province",schemaPath:"#/properties/region/properties/province/type",keyword:"type",params:{type: schema65.properties.region.properties.province.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data5 === "string"){
if(func1(data5) > 100){
const err24 = {instancePath:instancePath+"/region/province",schemaPath:"#/properties/region/properties/province/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func1(data5) < 1){
const err25 = {instancePath:instancePath+"/region/province",schemaPath:"#/properties/region/properties/province/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern11.test(data5)){
const err26 = {instancePath:instancePath+"/region/province",schemaPath:"#/properties/region/properties/province/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data2.head_title !== undefined){
if(typeof data2.head_title !== "string"){
const err27 = {instancePath:instancePath+"/region/head_title",schemaPath:"#/properties/region/properties/head_title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data2.facts !== undefined){
let data7 = data2.facts;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!(func5.call(schema65.properties.region.properties.facts.properties, key2))){
const err28 = {instancePath:instancePath+"/region/facts",schemaPath:"#/properties/region/properties/facts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.kecamatan !== undefined){
let data8 = data7.kecamatan;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
const err29 = {instancePath:instancePath+"/region/facts/kecamatan",schemaPath:"#/properties/region/properties/facts/properties/kecamatan/type",keyword:"type",params:{type: schema65.properties.region.properties.facts.properties.kecamatan.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err30 = {instancePath:instancePath+"/region/facts/kecamatan",schemaPath:"#/properties/region/properties/facts/properties/kecamatan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data7.desa !== undefined){
let data9 = data7.desa;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err31 = {instancePath:instancePath+"/region/facts/desa",schemaPath:"#/properties/region/properties/facts/properties/desa/type",keyword:"type",params:{type: schema65.properties.region.properties.facts.properties.desa.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/region/facts/desa",schemaPath:"#/properties/region/properties/facts/properties/desa/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data7.kelurahan !== undefined){
let data10 = data7.kelurahan;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
const err33 = {instancePath:instancePath+"/region/facts/kelurahan",schemaPath:"#/properties/region/properties/facts/properties/kelurahan/type",keyword:"type",params:{type: schema65.properties.region.properties.facts.properties.kelurahan.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err34 = {instancePath:instancePath+"/region/facts/kelurahan",schemaPath:"#/properties/region/properties/facts/properties/kelurahan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data7.area_km2 !== undefined){
let data11 = data7.area_km2;
if((!((typeof data11 == "number") && (isFinite(data11)))) && (data11 !== null)){
const err35 = {instancePath:instancePath+"/region/facts/area_km2",schemaPath:"#/properties/region/properties/facts/properties/area_km2/type",keyword:"type",params:{type: schema65.properties.region.properties.facts.properties.area_km2.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err36 = {instancePath:instancePath+"/region/facts/area_km2",schemaPath:"#/properties/region/properties/facts/properties/area_km2/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data7.population !== undefined){
let data12 = data7.population;
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (data12 !== null)){
const err37 = {instancePath:instancePath+"/region/facts/population",schemaPath:"#/properties/region/properties/facts/properties/population/type",keyword:"type",params:{type: schema65.properties.region.properties.facts.properties.population.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err38 = {instancePath:instancePath+"/region/facts/population",schemaPath:"#/properties/region/properties/facts/properties/population/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data7.population_year !== undefined){
let data13 = data7.population_year;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
const err39 = {instancePath:instancePath+"/region/facts/population_year",schemaPath:"#/properties/region/properties/facts/properties/population_year/type",keyword:"type",params:{type: schema65.properties.region.properties.facts.properties.population_year.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data7.spbe_index !== undefined){
let data14 = data7.spbe_index;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
const err40 = {instancePath:instancePath+"/region/facts/spbe_index",schemaPath:"#/properties/region/properties/facts/properties/spbe_index/type",keyword:"type",params:{type: schema65.properties.region.properties.facts.properties.spbe_index.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 5 || isNaN(data14)){
const err41 = {instancePath:instancePath+"/region/facts/spbe_index",schemaPath:"#/properties/region/properties/facts/properties/spbe_index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err42 = {instancePath:instancePath+"/region/facts/spbe_index",schemaPath:"#/properties/region/properties/facts/properties/spbe_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data7.spbe_year !== undefined){
let data15 = data7.spbe_year;
if((!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) && (data15 !== null)){
const err43 = {instancePath:instancePath+"/region/facts/spbe_year",schemaPath:"#/properties/region/properties/facts/properties/spbe_year/type",keyword:"type",params:{type: schema65.properties.region.properties.facts.properties.spbe_year.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data7.source !== undefined){
let data16 = data7.source;
if((typeof data16 !== "string") && (data16 !== null)){
const err44 = {instancePath:instancePath+"/region/facts/source",schemaPath:"#/properties/region/properties/facts/properties/source/type",keyword:"type",params:{type: schema65.properties.region.properties.facts.properties.source.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/region/facts",schemaPath:"#/properties/region/properties/facts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.title !== undefined){
let data17 = data.title;
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err47 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.horizon !== undefined){
if(!(validate33(data.horizon, {instancePath:instancePath+"/horizon",parentData:data,parentDataProperty:"horizon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.stages !== undefined){
let data19 = data.stages;
if(Array.isArray(data19)){
if(data19.length < 1){
const err49 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
let data20 = data19[i0];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id === undefined){
const err50 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/properties/stages/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data20.name === undefined){
const err51 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/properties/stages/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data20.start === undefined){
const err52 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/properties/stages/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data20.end === undefined){
const err53 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/properties/stages/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key3 in data20){
if(!((((((((key3 === "id") || (key3 === "name")) || (key3 === "start")) || (key3 === "end")) || (key3 === "theme")) || (key3 === "directions")) || (key3 === "deferred")) || (key3 === "proposed"))){
const err54 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/properties/stages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data20.id !== undefined){
let data21 = data20.id;
if(typeof data21 === "string"){
if(!pattern4.test(data21)){
const err55 = {instancePath:instancePath+"/stages/" + i0+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/stages/" + i0+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data20.name !== undefined){
let data22 = data20.name;
if(typeof data22 === "string"){
if(func1(data22) < 1){
const err57 = {instancePath:instancePath+"/stages/" + i0+"/name",schemaPath:"#/properties/stages/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/stages/" + i0+"/name",schemaPath:"#/properties/stages/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data20.start !== undefined){
let data23 = data20.start;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err59 = {instancePath:instancePath+"/stages/" + i0+"/start",schemaPath:"#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 2200 || isNaN(data23)){
const err60 = {instancePath:instancePath+"/stages/" + i0+"/start",schemaPath:"#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data23 < 1945 || isNaN(data23)){
const err61 = {instancePath:instancePath+"/stages/" + i0+"/start",schemaPath:"#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data20.end !== undefined){
let data24 = data20.end;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err62 = {instancePath:instancePath+"/stages/" + i0+"/end",schemaPath:"#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 2200 || isNaN(data24)){
const err63 = {instancePath:instancePath+"/stages/" + i0+"/end",schemaPath:"#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data24 < 1945 || isNaN(data24)){
const err64 = {instancePath:instancePath+"/stages/" + i0+"/end",schemaPath:"#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
if(data20.theme !== undefined){
let data25 = data20.theme;
if((typeof data25 !== "string") && (data25 !== null)){
const err65 = {instancePath:instancePath+"/stages/" + i0+"/theme",schemaPath:"#/properties/stages/items/properties/theme/type",keyword:"type",params:{type: schema65.properties.stages.items.properties.theme.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data20.directions !== undefined){
let data26 = data20.directions;
if(Array.isArray(data26)){
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
let data27 = data26[i1];
if(typeof data27 === "string"){
if(func1(data27) < 1){
const err66 = {instancePath:instancePath+"/stages/" + i0+"/directions/" + i1,schemaPath:"#/properties/stages/items/properties/directions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/stages/" + i0+"/directions/" + i1,schemaPath:"#/properties/stages/items/properties/directions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/stages/" + i0+"/directions",schemaPath:"#/properties/stages/items/properties/directions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data20.deferred !== undefined){
let data28 = data20.deferred;
if((typeof data28 !== "string") && (data28 !== null)){
const err69 = {instancePath:instancePath+"/stages/" + i0+"/deferred",schemaPath:"#/properties/stages/items/properties/deferred/type",keyword:"type",params:{type: schema65.properties.stages.items.properties.deferred.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data20.proposed !== undefined){
if(typeof data20.proposed !== "boolean"){
const err70 = {instancePath:instancePath+"/stages/" + i0+"/proposed",schemaPath:"#/properties/stages/items/properties/proposed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/properties/stages/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.vision !== undefined){
let data30 = data.vision;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.text === undefined){
const err73 = {instancePath:instancePath+"/vision",schemaPath:"#/properties/vision/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data30.missions === undefined){
const err74 = {instancePath:instancePath+"/vision",schemaPath:"#/properties/vision/required",keyword:"required",params:{missingProperty: "missions"},message:"must have required property '"+"missions"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key4 in data30){
if(!(((key4 === "text") || (key4 === "missions")) || (key4 === "proposed"))){
const err75 = {instancePath:instancePath+"/vision",schemaPath:"#/properties/vision/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data30.text !== undefined){
let data31 = data30.text;
if((typeof data31 !== "string") && (data31 !== null)){
const err76 = {instancePath:instancePath+"/vision/text",schemaPath:"#/properties/vision/properties/text/type",keyword:"type",params:{type: schema65.properties.vision.properties.text.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data30.missions !== undefined){
let data32 = data30.missions;
if(Array.isArray(data32)){
const len2 = data32.length;
for(let i2=0; i2<len2; i2++){
let data33 = data32[i2];
if((typeof data33 !== "string") && (data33 !== null)){
const err77 = {instancePath:instancePath+"/vision/missions/" + i2,schemaPath:"#/properties/vision/properties/missions/items/type",keyword:"type",params:{type: schema65.properties.vision.properties.missions.items.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/vision/missions",schemaPath:"#/properties/vision/properties/missions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data30.proposed !== undefined){
if(typeof data30.proposed !== "boolean"){
const err79 = {instancePath:instancePath+"/vision/proposed",schemaPath:"#/properties/vision/properties/proposed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/vision",schemaPath:"#/properties/vision/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.legal !== undefined){
let data35 = data.legal;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.status === undefined){
const err81 = {instancePath:instancePath+"/legal",schemaPath:"#/properties/legal/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data35.regulation === undefined){
const err82 = {instancePath:instancePath+"/legal",schemaPath:"#/properties/legal/required",keyword:"required",params:{missingProperty: "regulation"},message:"must have required property '"+"regulation"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data35.number === undefined){
const err83 = {instancePath:instancePath+"/legal",schemaPath:"#/properties/legal/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data35.year === undefined){
const err84 = {instancePath:instancePath+"/legal",schemaPath:"#/properties/legal/required",keyword:"required",params:{missingProperty: "year"},message:"must have required property '"+"year"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
for(const key5 in data35){
if(!((((((((key5 === "status") || (key5 === "regulation")) || (key5 === "number")) || (key5 === "year")) || (key5 === "drafted")) || (key5 === "attachment")) || (key5 === "about")) || (key5 === "certified_by"))){
const err85 = {instancePath:instancePath+"/legal",schemaPath:"#/properties/legal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data35.status !== undefined){
let data36 = data35.status;
if(!((data36 === "rancangan") || (data36 === "ditetapkan"))){
const err86 = {instancePath:instancePath+"/legal/status",schemaPath:"#/properties/legal/properties/status/enum",keyword:"enum",params:{allowedValues: schema65.properties.legal.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data35.regulation !== undefined){
let data37 = data35.regulation;
if(!(((data37 === "perda") || (data37 === "perbup")) || (data37 === "perwali"))){
const err87 = {instancePath:instancePath+"/legal/regulation",schemaPath:"#/properties/legal/properties/regulation/enum",keyword:"enum",params:{allowedValues: schema65.properties.legal.properties.regulation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data35.number !== undefined){
let data38 = data35.number;
if((typeof data38 !== "string") && (data38 !== null)){
const err88 = {instancePath:instancePath+"/legal/number",schemaPath:"#/properties/legal/properties/number/type",keyword:"type",params:{type: schema65.properties.legal.properties.number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data35.year !== undefined){
let data39 = data35.year;
const _errs86 = errors;
let valid16 = false;
let passing0 = null;
const _errs87 = errors;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err89 = {instancePath:instancePath+"/legal/year",schemaPath:"#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 2200 || isNaN(data39)){
const err90 = {instancePath:instancePath+"/legal/year",schemaPath:"#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data39 < 1945 || isNaN(data39)){
const err91 = {instancePath:instancePath+"/legal/year",schemaPath:"#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
var _valid0 = _errs87 === errors;
if(_valid0){
valid16 = true;
passing0 = 0;
}
const _errs90 = errors;
if(data39 !== null){
const err92 = {instancePath:instancePath+"/legal/year",schemaPath:"#/properties/legal/properties/year/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var _valid0 = _errs90 === errors;
if(_valid0 && valid16){
valid16 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid16 = true;
passing0 = 1;
}
}
if(!valid16){
const err93 = {instancePath:instancePath+"/legal/year",schemaPath:"#/properties/legal/properties/year/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
else {
errors = _errs86;
if(vErrors !== null){
if(_errs86){
vErrors.length = _errs86;
}
else {
vErrors = null;
}
}
}
}
if(data35.drafted !== undefined){
let data40 = data35.drafted;
const _errs93 = errors;
let valid18 = false;
let passing1 = null;
const _errs94 = errors;
if(typeof data40 === "string"){
if(!pattern16.test(data40)){
const err94 = {instancePath:instancePath+"/legal/drafted",schemaPath:"#/properties/legal/properties/drafted/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/legal/drafted",schemaPath:"#/properties/legal/properties/drafted/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var _valid1 = _errs94 === errors;
if(_valid1){
valid18 = true;
passing1 = 0;
}
const _errs96 = errors;
if(data40 !== null){
const err96 = {instancePath:instancePath+"/legal/drafted",schemaPath:"#/properties/legal/properties/drafted/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid1 = _errs96 === errors;
if(_valid1 && valid18){
valid18 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid18 = true;
passing1 = 1;
}
}
if(!valid18){
const err97 = {instancePath:instancePath+"/legal/drafted",schemaPath:"#/properties/legal/properties/drafted/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
else {
errors = _errs93;
if(vErrors !== null){
if(_errs93){
vErrors.length = _errs93;
}
else {
vErrors = null;
}
}
}
}
if(data35.attachment !== undefined){
let data41 = data35.attachment;
if((typeof data41 !== "string") && (data41 !== null)){
const err98 = {instancePath:instancePath+"/legal/attachment",schemaPath:"#/properties/legal/properties/attachment/type",keyword:"type",params:{type: schema65.properties.legal.properties.attachment.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(typeof data41 === "string"){
if(!pattern17.test(data41)){
const err99 = {instancePath:instancePath+"/legal/attachment",schemaPath:"#/properties/legal/properties/attachment/pattern",keyword:"pattern",params:{pattern: "^[IVXLC]+$"},message:"must match pattern \""+"^[IVXLC]+$"+"\""};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
if(data35.about !== undefined){
let data42 = data35.about;
if((typeof data42 !== "string") && (data42 !== null)){
const err100 = {instancePath:instancePath+"/legal/about",schemaPath:"#/properties/legal/properties/about/type",keyword:"type",params:{type: schema65.properties.legal.properties.about.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data35.certified_by !== undefined){
let data43 = data35.certified_by;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.title === undefined){
const err101 = {instancePath:instancePath+"/legal/certified_by",schemaPath:"#/properties/legal/properties/certified_by/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data43.name === undefined){
const err102 = {instancePath:instancePath+"/legal/certified_by",schemaPath:"#/properties/legal/properties/certified_by/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data43.rank === undefined){
const err103 = {instancePath:instancePath+"/legal/certified_by",schemaPath:"#/properties/legal/properties/certified_by/required",keyword:"required",params:{missingProperty: "rank"},message:"must have required property '"+"rank"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data43.nip === undefined){
const err104 = {instancePath:instancePath+"/legal/certified_by",schemaPath:"#/properties/legal/properties/certified_by/required",keyword:"required",params:{missingProperty: "nip"},message:"must have required property '"+"nip"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
for(const key6 in data43){
if(!((((key6 === "title") || (key6 === "name")) || (key6 === "rank")) || (key6 === "nip"))){
const err105 = {instancePath:instancePath+"/legal/certified_by",schemaPath:"#/properties/legal/properties/certified_by/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data43.title !== undefined){
let data44 = data43.title;
if((typeof data44 !== "string") && (data44 !== null)){
const err106 = {instancePath:instancePath+"/legal/certified_by/title",schemaPath:"#/properties/legal/properties/certified_by/properties/title/type",keyword:"type",params:{type: schema65.properties.legal.properties.certified_by.properties.title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(typeof data44 === "string"){
if(func1(data44) < 1){
const err107 = {instancePath:instancePath+"/legal/certified_by/title",schemaPath:"#/properties/legal/properties/certified_by/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(!pattern11.test(data44)){
const err108 = {instancePath:instancePath+"/legal/certified_by/title",schemaPath:"#/properties/legal/properties/certified_by/properties/title/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
if(data43.name !== undefined){
let data45 = data43.name;
if((typeof data45 !== "string") && (data45 !== null)){
const err109 = {instancePath:instancePath+"/legal/certified_by/name",schemaPath:"#/properties/legal/properties/certified_by/properties/name/type",keyword:"type",params:{type: schema65.properties.legal.properties.certified_by.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(typeof data45 === "string"){
if(func1(data45) < 1){
const err110 = {instancePath:instancePath+"/legal/certified_by/name",schemaPath:"#/properties/legal/properties/certified_by/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(!pattern11.test(data45)){
const err111 = {instancePath:instancePath+"/legal/certified_by/name",schemaPath:"#/properties/legal/properties/certified_by/properties/name/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
if(data43.rank !== undefined){
let data46 = data43.rank;
if((typeof data46 !== "string") && (data46 !== null)){
const err112 = {instancePath:instancePath+"/legal/certified_by/rank",schemaPath:"#/properties/legal/properties/certified_by/properties/rank/type",keyword:"type",params:{type: schema65.properties.legal.properties.certified_by.properties.rank.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(typeof data46 === "string"){
if(func1(data46) < 1){
const err113 = {instancePath:instancePath+"/legal/certified_by/rank",schemaPath:"#/properties/legal/properties/certified_by/properties/rank/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(!pattern11.test(data46)){
const err114 = {instancePath:instancePath+"/legal/certified_by/rank",schemaPath:"#/properties/legal/properties/certified_by/properties/rank/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
if(data43.nip !== undefined){
let data47 = data43.nip;
if((typeof data47 !== "string") && (data47 !== null)){
const err115 = {instancePath:instancePath+"/legal/certified_by/nip",schemaPath:"#/properties/legal/properties/certified_by/properties/nip/type",keyword:"type",params:{type: schema65.properties.legal.properties.certified_by.properties.nip.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(typeof data47 === "string"){
if(!pattern21.test(data47)){
const err116 = {instancePath:instancePath+"/legal/certified_by/nip",schemaPath:"#/properties/legal/properties/certified_by/properties/nip/pattern",keyword:"pattern",params:{pattern: "^\\d{8} ?\\d{6} ?\\d ?\\d{3}$"},message:"must match pattern \""+"^\\d{8} ?\\d{6} ?\\d ?\\d{3}$"+"\""};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
}
else {
const err117 = {instancePath:instancePath+"/legal/certified_by",schemaPath:"#/properties/legal/properties/certified_by/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/legal",schemaPath:"#/properties/legal/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.signatory !== undefined){
let data48 = data.signatory;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.title === undefined){
const err119 = {instancePath:instancePath+"/signatory",schemaPath:"#/properties/signatory/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data48.name === undefined){
const err120 = {instancePath:instancePath+"/signatory",schemaPath:"#/properties/signatory/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
for(const key7 in data48){
if(!((key7 === "title") || (key7 === "name"))){
const err121 = {instancePath:instancePath+"/signatory",schemaPath:"#/properties/signatory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data48.title !== undefined){
let data49 = data48.title;
if(typeof data49 === "string"){
if(func1(data49) < 1){
const err122 = {instancePath:instancePath+"/signatory/title",schemaPath:"#/properties/signatory/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/signatory/title",schemaPath:"#/properties/signatory/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data48.name !== undefined){
let data50 = data48.name;
if((typeof data50 !== "string") && (data50 !== null)){
const err124 = {instancePath:instancePath+"/signatory/name",schemaPath:"#/properties/signatory/properties/name/type",keyword:"type",params:{type: schema65.properties.signatory.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/signatory",schemaPath:"#/properties/signatory/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.governance !== undefined){
let data51 = data.governance;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
for(const key8 in data51){
if(!((((key8 === "decree") || (key8 === "coordinator")) || (key8 === "bodies")) || (key8 === "reporting"))){
const err126 = {instancePath:instancePath+"/governance",schemaPath:"#/properties/governance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data51.decree !== undefined){
let data52 = data51.decree;
if((typeof data52 !== "string") && (data52 !== null)){
const err127 = {instancePath:instancePath+"/governance/decree",schemaPath:"#/properties/governance/properties/decree/type",keyword:"type",params:{type: schema65.properties.governance.properties.decree.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data51.coordinator !== undefined){
let data53 = data51.coordinator;
const _errs126 = errors;
let valid22 = false;
let passing2 = null;
const _errs127 = errors;
if(typeof data53 === "string"){
if(!pattern4.test(data53)){
const err128 = {instancePath:instancePath+"/governance/coordinator",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/governance/coordinator",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
var _valid2 = _errs127 === errors;
if(_valid2){
valid22 = true;
passing2 = 0;
}
const _errs130 = errors;
if(data53 !== null){
const err130 = {instancePath:instancePath+"/governance/coordinator",schemaPath:"#/properties/governance/properties/coordinator/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid2 = _errs130 === errors;
if(_valid2 && valid22){
valid22 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid22 = true;
passing2 = 1;
}
}
if(!valid22){
const err131 = {instancePath:instancePath+"/governance/coordinator",schemaPath:"#/properties/governance/properties/coordinator/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
else {
errors = _errs126;
if(vErrors !== null){
if(_errs126){
vErrors.length = _errs126;
}
else {
vErrors = null;
}
}
}
}
if(data51.bodies !== undefined){
let data54 = data51.bodies;
if(Array.isArray(data54)){
const len3 = data54.length;
for(let i3=0; i3<len3; i3++){
let data55 = data54[i3];
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.id === undefined){
const err132 = {instancePath:instancePath+"/governance/bodies/" + i3,schemaPath:"#/properties/governance/properties/bodies/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data55.name === undefined){
const err133 = {instancePath:instancePath+"/governance/bodies/" + i3,schemaPath:"#/properties/governance/properties/bodies/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data55.members === undefined){
const err134 = {instancePath:instancePath+"/governance/bodies/" + i3,schemaPath:"#/properties/governance/properties/bodies/items/required",keyword:"required",params:{missingProperty: "members"},message:"must have required property '"+"members"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data55.role === undefined){
const err135 = {instancePath:instancePath+"/governance/bodies/" + i3,schemaPath:"#/properties/governance/properties/bodies/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
for(const key9 in data55){
if(!((((key9 === "id") || (key9 === "name")) || (key9 === "members")) || (key9 === "role"))){
const err136 = {instancePath:instancePath+"/governance/bodies/" + i3,schemaPath:"#/properties/governance/properties/bodies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data55.id !== undefined){
let data56 = data55.id;
if(typeof data56 === "string"){
if(!pattern4.test(data56)){
const err137 = {instancePath:instancePath+"/governance/bodies/" + i3+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/governance/bodies/" + i3+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data55.name !== undefined){
if(typeof data55.name !== "string"){
const err139 = {instancePath:instancePath+"/governance/bodies/" + i3+"/name",schemaPath:"#/properties/governance/properties/bodies/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data55.members !== undefined){
let data58 = data55.members;
if((typeof data58 !== "string") && (data58 !== null)){
const err140 = {instancePath:instancePath+"/governance/bodies/" + i3+"/members",schemaPath:"#/properties/governance/properties/bodies/items/properties/members/type",keyword:"type",params:{type: schema65.properties.governance.properties.bodies.items.properties.members.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data55.role !== undefined){
let data59 = data55.role;
if((typeof data59 !== "string") && (data59 !== null)){
const err141 = {instancePath:instancePath+"/governance/bodies/" + i3+"/role",schemaPath:"#/properties/governance/properties/bodies/items/properties/role/type",keyword:"type",params:{type: schema65.properties.governance.properties.bodies.items.properties.role.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/governance/bodies/" + i3,schemaPath:"#/properties/governance/properties/bodies/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/governance/bodies",schemaPath:"#/properties/governance/properties/bodies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data51.reporting !== undefined){
let data60 = data51.reporting;
if(!((((data60 === "bulanan") || (data60 === "triwulanan")) || (data60 === "semesteran")) || (data60 === "tahunan"))){
const err144 = {instancePath:instancePath+"/governance/reporting",schemaPath:"#/properties/governance/properties/reporting/enum",keyword:"enum",params:{allowedValues: schema65.properties.governance.properties.reporting.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/governance",schemaPath:"#/properties/governance/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data.budget_ceiling !== undefined){
let data61 = data.budget_ceiling;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key10 in data61){
if(!((key10 === "total") || (key10 === "per_year"))){
const err146 = {instancePath:instancePath+"/budget_ceiling",schemaPath:"#/properties/budget_ceiling/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data61.total !== undefined){
let data62 = data61.total;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err147 = {instancePath:instancePath+"/budget_ceiling/total",schemaPath:"#/$defs/rupiah/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 > 9007199254740991 || isNaN(data62)){
const err148 = {instancePath:instancePath+"/budget_ceiling/total",schemaPath:"#/$defs/rupiah/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data62 < 0 || isNaN(data62)){
const err149 = {instancePath:instancePath+"/budget_ceiling/total",schemaPath:"#/$defs/rupiah/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
if(data61.per_year !== undefined){
let data63 = data61.per_year;
if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){
const err150 = {instancePath:instancePath+"/budget_ceiling/per_year",schemaPath:"#/$defs/rupiah/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if((typeof data63 == "number") && (isFinite(data63))){
if(data63 > 9007199254740991 || isNaN(data63)){
const err151 = {instancePath:instancePath+"/budget_ceiling/per_year",schemaPath:"#/$defs/rupiah/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(data63 < 0 || isNaN(data63)){
const err152 = {instancePath:instancePath+"/budget_ceiling/per_year",schemaPath:"#/$defs/rupiah/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
}
else {
const err153 = {instancePath:instancePath+"/budget_ceiling",schemaPath:"#/properties/budget_ceiling/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data.paper !== undefined){
let data64 = data.paper;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key11 in data64){
if(!(((key11 === "size") || (key11 === "margins_cm")) || (key11 === "numbering"))){
const err154 = {instancePath:instancePath+"/paper",schemaPath:"#/properties/paper/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data64.size !== undefined){
let data65 = data64.size;
if(!((data65 === "f4") || (data65 === "a4"))){
const err155 = {instancePath:instancePath+"/paper/size",schemaPath:"#/properties/paper/properties/size/enum",keyword:"enum",params:{allowedValues: schema65.properties.paper.properties.size.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data64.margins_cm !== undefined){
let data66 = data64.margins_cm;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key12 in data66){
if(!((((key12 === "top") || (key12 === "bottom")) || (key12 === "left")) || (key12 === "right"))){
const err156 = {instancePath:instancePath+"/paper/margins_cm",schemaPath:"#/properties/paper/properties/margins_cm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data66.top !== undefined){
let data67 = data66.top;
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 > 10 || isNaN(data67)){
const err157 = {instancePath:instancePath+"/paper/margins_cm/top",schemaPath:"#/properties/paper/properties/margins_cm/properties/top/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(data67 < 0 || isNaN(data67)){
const err158 = {instancePath:instancePath+"/paper/margins_cm/top",schemaPath:"#/properties/paper/properties/margins_cm/properties/top/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/paper/margins_cm/top",schemaPath:"#/properties/paper/properties/margins_cm/properties/top/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data66.bottom !== undefined){
let data68 = data66.bottom;
if((typeof data68 == "number") && (isFinite(data68))){
if(data68 > 10 || isNaN(data68)){
const err160 = {instancePath:instancePath+"/paper/margins_cm/bottom",schemaPath:"#/properties/paper/properties/margins_cm/properties/bottom/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(data68 < 0 || isNaN(data68)){
const err161 = {instancePath:instancePath+"/paper/margins_cm/bottom",schemaPath:"#/properties/paper/properties/margins_cm/properties/bottom/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
else {
const err162 = {instancePath:instancePath+"/paper/margins_cm/bottom",schemaPath:"#/properties/paper/properties/margins_cm/properties/bottom/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data66.left !== undefined){
let data69 = data66.left;
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 > 10 || isNaN(data69)){
const err163 = {instancePath:instancePath+"/paper/margins_cm/left",schemaPath:"#/properties/paper/properties/margins_cm/properties/left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data69 < 0 || isNaN(data69)){
const err164 = {instancePath:instancePath+"/paper/margins_cm/left",schemaPath:"#/properties/paper/properties/margins_cm/properties/left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/paper/margins_cm/left",schemaPath:"#/properties/paper/properties/margins_cm/properties/left/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data66.right !== undefined){
let data70 = data66.right;
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 > 10 || isNaN(data70)){
const err166 = {instancePath:instancePath+"/paper/margins_cm/right",schemaPath:"#/properties/paper/properties/margins_cm/properties/right/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(data70 < 0 || isNaN(data70)){
const err167 = {instancePath:instancePath+"/paper/margins_cm/right",schemaPath:"#/properties/paper/properties/margins_cm/properties/right/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/paper/margins_cm/right",schemaPath:"#/properties/paper/properties/margins_cm/properties/right/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
else {
const err169 = {instancePath:instancePath+"/paper/margins_cm",schemaPath:"#/properties/paper/properties/margins_cm/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data64.numbering !== undefined){
let data71 = data64.numbering;
if(!((data71 === "decimal") || (data71 === "legal"))){
const err170 = {instancePath:instancePath+"/paper/numbering",schemaPath:"#/properties/paper/properties/numbering/enum",keyword:"enum",params:{allowedValues: schema65.properties.paper.properties.numbering.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/paper",schemaPath:"#/properties/paper/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data.outputs !== undefined){
let data72 = data.outputs;
if(Array.isArray(data72)){
const len4 = data72.length;
for(let i4=0; i4<len4; i4++){
let data73 = data72[i4];
if(!((((((((data73 === "html") || (data73 === "pdf")) || (data73 === "docx")) || (data73 === "masterplan")) || (data73 === "ringkasan")) || (data73 === "quick-win")) || (data73 === "kesiapan")) || (data73 === "raperda"))){
const err172 = {instancePath:instancePath+"/outputs/" + i4,schemaPath:"#/properties/outputs/items/enum",keyword:"enum",params:{allowedValues: schema65.properties.outputs.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
let i5 = data72.length;
let j0;
if(i5 > 1){
outer0:
for(;i5--;){
for(j0 = i5; j0--;){
if(func0(data72[i5], data72[j0])){
const err173 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err174 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
else {
const err175 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const programUntyped = validate35;
const schema78 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://masterplan.invalid/schemas/program.schema.json","title":"Program smart city (Smart city program)","description":"Berkas programs/<dimensi>/<id>.yaml: satu program, satu berkas. (programs/<dimension>/<id>.yaml: one program per file.)","type":"object","additionalProperties":false,"required":["schema_version","id","name","dimension","element","description","lead_agency","supporting_agencies","quick_win","years","budget","indicators","rpjpd","depends_on","status","progress"],"properties":{"schema_version":{"title":"Versi format (Format version)","const":1},"id":{"title":"Kode program (Program id)","description":"Sama dengan nama berkas tanpa .yaml. (Equal to the file name without .yaml.)","$ref":"#/$defs/id"},"name":{"title":"Nama program (Program name)","description":"null bila belum dirumuskan. (null while not yet worded.)","type":["string","null"],"minLength":1},"acronym":{"title":"Singkatan/nama populer (Acronym or popular name)","type":["string","null"]},"nomenclature":{"title":"Nomenklatur SIPD (SIPD nomenclature)","description":"Kode program, kegiatan atau sub-kegiatan menurut Kepmendagri 900.1.15.5-1317/2023 yang dipakai program ini di SIPD: program X.XX.XX (2.16.02), kegiatan X.XX.XX.X.XX (2.16.02.2.01), sub-kegiatan X.XX.XX.X.XX.XXXX (2.16.02.2.01.0001); X untuk program penunjang urusan. (Codes of the program, kegiatan or sub-kegiatan in Kepmendagri 900.1.15.5-1317/2023 that this program uses in SIPD; X for the supporting programs.)","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^(?:[1-8]|X)\\.(?:\\d{2}|XX)\\.\\d{2}(?:\\.[12]\\.\\d{2}(?:\\.\\d{4})?)?$"}},"dimension":{"title":"Dimensi (Dimension)","enum":["governance","branding","economy","living","society","environment"]},"element":{"title":"Elemen (Element)","description":"Kode elemen dari berkas dimensi; null bila belum dipilih. (Element id from the dimension file; null while not chosen.)","oneOf":[{"$ref":"#/$defs/id"},{"type":"null"}]},"description":{"title":"Uraian program (Description, markdown)","description":"null bila belum ditulis. (null while not yet written.)","type":["string","null"],"minLength":1},"objective":{"title":"Tujuan (Objective)","type":["string","null"]},"output":{"title":"Keluaran (Output)","type":["string","null"]},"outcome":{"title":"Hasil (Outcome)","type":["string","null"]},"location":{"title":"Lokasi (Location)","type":["string","null"]},"lead_agency":{"title":"OPD pengampu (Lead agency)","description":"Kode OPD dari agencies.yaml; `belum-ditetapkan` bila memang belum ada yang ditunjuk; null bila belum diketahui tim penyusun. (Agency id from agencies.yaml; `belum-ditetapkan` when nobody has been designated; null when the drafting team does not know it.)","oneOf":[{"$ref":"#/$defs/id"},{"type":"null"}]},"supporting_agencies":{"title":"OPD pendukung (Supporting agencies)","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/id"}},"quick_win":{"title":"Program unggulan quick win (Quick win)","description":"true bila program dapat diwujudkan tahun ini atau tahun depan. (true when the program can be realised this year or next.)","type":"boolean"},"infrastructure":{"title":"Jenis infrastruktur (Infrastructure type)","enum":["fisik","digital","sosial",null]},"years":{"title":"Tahun pelaksanaan (Years)","type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"title":"Tahun mulai (First year)","oneOf":[{"$ref":"#/$defs/year"},{"type":"null"}]},"end":{"title":"Tahun selesai (Last year)","oneOf":[{"$ref":"#/$defs/year"},{"type":"null"}]}},"description":"Tahun mulai dan selesai; null bila belum diketahui, dan peta jalan menandainya. (First and last year; null when not known yet, and the roadmap marks it.)"},"budget":{"title":"Anggaran indikatif (Indicative budget)","description":"Satu baris per tahun dan sumber dana; null bila anggaran belum diketahui. (One line per year and source; null when the budget is not known yet.)","type":["array","null"],"items":{"type":"object","additionalProperties":false,"required":["year","amount","source"],"properties":{"year":{"title":"Tahun anggaran (Budget year)","$ref":"#/$defs/year"},"amount":{"title":"Jumlah, Rupiah utuh; null bila belum diketahui (Amount, whole Rupiah; null when not known yet)","description":"0 berarti nol rupiah yang diketahui, bukan 'belum diketahui'. (0 means a known zero, not 'unknown'.)","type":["integer","null"],"minimum":0,"maximum":9007199254740991},"source":{"title":"Sumber dana (Funding source)","enum":["apbd","apbd-provinsi","apbn","dak","dana-desa","csr","kpbu","swasta",null],"description":"null bila sumber dana belum diketahui. (null when the funding source is not known yet.)"},"proposed":{"title":"Anggaran usulan penyusun (Proposed by the drafting team)","description":"true bila jumlah ini usulan tim penyusun yang belum disepakati; ditandai dalam setiap dokumen dan ekspor. (true when the amount is the drafting team's proposal, not yet agreed; marked in every document and export.)","type":"boolean"}}}},"indicators":{"title":"Indikator keberhasilan (Success indicators)","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","unit","baseline","targets"],"properties":{"name":{"title":"Nama indikator (Indicator name)","type":"string","minLength":1},"unit":{"title":"Satuan (Unit)","type":["string","null"],"minLength":1,"description":"null bila belum ditentukan. (null while not decided.)"},"baseline":{"$ref":"#/$defs/baseline"},"targets":{"title":"Target per tahun (Targets by year)","description":"Kunci: tahun; nilai null bila target belum ditetapkan. (Keys: years; null when a target is not set yet.)","type":"object","propertyNames":{"pattern":"^[0-9]{4}$"},"additionalProperties":{"type":["number","null"]},"minProperties":1},"reporting":{"title":"Periode pelaporan (Reporting period)","description":"Seberapa sering capaian indikator dilaporkan; tanpa ini, periode rencana di masterplan.yaml. (How often the indicator is reported; without it, the plan's period in masterplan.yaml.)","enum":["bulanan","triwulanan","semesteran","tahunan"]}}}},"rpjpd":{"title":"Sasaran RPJPD yang didukung (RPJPD goals supported)","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/id"}},"rpjmd":{"title":"Fokus RPJMD yang didukung (RPJMD focus areas supported)","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/id"}},"digital_pillars":{"title":"Pilar Visi Indonesia Digital 2045 (Digital vision pillars)","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/id"}},"depends_on":{"title":"Bergantung pada program (Depends on programs)","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/id"}},"status":{"title":"Status pelaksanaan (Status)","description":"null bila belum diketahui. (null when not known.)","enum":["usulan","persiapan","berjalan","selesai","ditunda",null]},"progress":{"title":"Progres (Progress)","description":"Persentase capaian per tanggal tertentu; null bila belum diukur. (Percent complete as of a date; null when not measured.)","oneOf":[{"type":"object","additionalProperties":false,"required":["percent","as_of"],"properties":{"percent":{"title":"Persen (Percent)","type":"integer","minimum":0,"maximum":100},"as_of":{"title":"Per tanggal, YYYY-MM-DD (As of date)","$ref":"#/$defs/date"}}},{"type":"null"}]},"problem":{"title":"Masalah yang diselesaikan (Problem it solves)","description":"Untuk profil quick win; null bila belum dirumuskan. (For the quick-win profile; null when not written yet.)","type":["string","null"]},"target_12_months":{"title":"Target 12 bulan (12-month target)","description":"Apa yang tercapai dalam 12 bulan pertama; null bila belum dirumuskan. (What the first 12 months achieve; null when not written yet.)","type":["string","null"]},"milestones":{"title":"Tonggak capaian (Milestones)","description":"Per bulan (2025-09) atau triwulan (2025-Q3), berurutan. (By month or quarter, in order.)","type":"array","items":{"type":"object","additionalProperties":false,"required":["when","what"],"properties":{"when":{"title":"Bulan atau triwulan (Month or quarter)","type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$"},"what":{"title":"Capaian (What is reached)","type":"string","minLength":1}}}},"risks":{"title":"Risiko (Risks)","description":"Risiko program dengan dampak, kemungkinan, mitigasi dan penanggung jawabnya; dimuat dalam daftar risiko masterplan. (The program's risks, for the masterplan's risk register.)","type":"array","items":{"type":"object","additionalProperties":false,"required":["risk","impact","likelihood","mitigation","owner"],"properties":{"risk":{"title":"Risiko (Risk)","type":"string","minLength":1},"impact":{"title":"Dampak (Impact)","enum":["rendah","sedang","tinggi"]},"likelihood":{"title":"Kemungkinan (Likelihood)","enum":["rendah","sedang","tinggi"]},"mitigation":{"title":"Mitigasi (Mitigation)","type":["string","null"]},"owner":{"title":"Penanggung jawab (Owner)","description":"Kode OPD dari agencies.yaml; `belum-ditetapkan` bila memang belum ada yang ditunjuk; null bila belum diketahui tim penyusun. (Agency id from agencies.yaml; `belum-ditetapkan` when nobody has been designated; null when the drafting team does not know it.)","oneOf":[{"$ref":"#/$defs/id"},{"type":"null"}]}}}},"proposed":{"title":"Usulan penyusun (Drafting team's proposal)","description":"true bila isi program ini usulan tim penyusun yang belum disepakati; ditandai sebagai catatan penyusunan dalam rancangan dan ditolak dalam naskah yang ditetapkan. (true when the program is the drafting team's proposal; marked as a drafting note in a draft, refused in an enacted text.)","type":"boolean"}},"$defs":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"year":{"type":"integer","minimum":1945,"maximum":2200},"date":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"baseline":{"title":"Nilai dasar (Baseline)","description":"Nilai, tahun dan sumber data; null bila belum diukur. (Value, year and data source; null when not yet measured.)","oneOf":[{"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"title":"Nilai; null bila belum diukur (Value; null when not yet measured)","type":["number","null"]},"year":{"title":"Tahun data (Year of the data)","oneOf":[{"$ref":"#/$defs/year"},{"type":"null"}]},"source":{"title":"Sumber data (Data source)","type":["string","null"]}}},{"type":["number","null"]}]}}};
const schema79 = {"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"};
const schema83 = {"type":"integer","minimum":1945,"maximum":2200};
const schema92 = {"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"};
const pattern25 = new RegExp("^(?:[1-8]|X)\\.(?:\\d{2}|XX)\\.\\d{2}(?:\\.[12]\\.\\d{2}(?:\\.\\d{4})?)?$", "u");
const pattern29 = new RegExp("^[0-9]{4}$", "u");
const pattern35 = new RegExp("^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$", "u");
const schema86 = {"title":"Nilai dasar (Baseline)","description":"Nilai, tahun dan sumber data; null bila belum diukur. (Value, year and data source; null when not yet measured.)","oneOf":[{"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"title":"Nilai; null bila belum diukur (Value; null when not yet measured)","type":["number","null"]},"year":{"title":"Tahun data (Year of the data)","oneOf":[{"$ref":"#/$defs/year"},{"type":"null"}]},"source":{"title":"Sumber data (Data source)","type":["string","null"]}}},{"type":["number","null"]}]};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "value") || (key0 === "year")) || (key0 === "source"))){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if((!((typeof data0 == "number") && (isFinite(data0)))) && (data0 !== null)){
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/oneOf/0/properties/value/type",keyword:"type",params:{type: schema86.oneOf[0].properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.year !== undefined){
let data1 = data.year;
const _errs7 = errors;
let valid2 = false;
let passing1 = null;
const _errs8 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/year",schemaPath:"#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2200 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/year",schemaPath:"#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 1945 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/year",schemaPath:"#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid1 = _errs8 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs11 = errors;
if(data1 !== null){
const err6 = {instancePath:instancePath+"/year",schemaPath:"#/oneOf/0/properties/year/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs11 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err7 = {instancePath:instancePath+"/year",schemaPath:"#/oneOf/0/properties/year/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.source !== undefined){
let data2 = data.source;
if((typeof data2 !== "string") && (data2 !== null)){
const err8 = {instancePath:instancePath+"/source",schemaPath:"#/oneOf/0/properties/source/type",keyword:"type",params:{type: schema86.oneOf[0].properties.source.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs15 = errors;
if((!((typeof data == "number") && (isFinite(data)))) && (data !== null)){
const err10 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: schema86.oneOf[1].type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err11 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate36.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate36.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://masterplan.invalid/schemas/program.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.dimension === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dimension"},message:"must have required property '"+"dimension"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.element === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "element"},message:"must have required property '"+"element"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.description === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.lead_agency === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lead_agency"},message:"must have required property '"+"lead_agency"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.supporting_agencies === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supporting_agencies"},message:"must have required property '"+"supporting_agencies"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.quick_win === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quick_win"},message:"must have required property '"+"quick_win"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.years === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "years"},message:"must have required property '"+"years"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.budget === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "budget"},message:"must have required property '"+"budget"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.indicators === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indicators"},message:"must have required property '"+"indicators"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.rpjpd === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rpjpd"},message:"must have required property '"+"rpjpd"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.depends_on === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "depends_on"},message:"must have required property '"+"depends_on"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.status === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.progress === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "progress"},message:"must have required property '"+"progress"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema78.properties, key0))){
const err16 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err17 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err18 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if((typeof data2 !== "string") && (data2 !== null)){
const err20 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema78.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err21 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.acronym !== undefined){
let data3 = data.acronym;
if((typeof data3 !== "string") && (data3 !== null)){
const err22 = {instancePath:instancePath+"/acronym",schemaPath:"#/properties/acronym/type",keyword:"type",params:{type: schema78.properties.acronym.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.nomenclature !== undefined){
let data4 = data.nomenclature;
if(Array.isArray(data4)){
if(data4.length < 1){
const err23 = {instancePath:instancePath+"/nomenclature",schemaPath:"#/properties/nomenclature/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern25.test(data5)){
const err24 = {instancePath:instancePath+"/nomenclature/" + i0,schemaPath:"#/properties/nomenclature/items/pattern",keyword:"pattern",params:{pattern: "^(?:[1-8]|X)\\.(?:\\d{2}|XX)\\.\\d{2}(?:\\.[12]\\.\\d{2}(?:\\.\\d{4})?)?$"},message:"must match pattern \""+"^(?:[1-8]|X)\\.(?:\\d{2}|XX)\\.\\d{2}(?:\\.[12]\\.\\d{2}(?:\\.\\d{4})?)?$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/nomenclature/" + i0,schemaPath:"#/properties/nomenclature/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err26 = {instancePath:instancePath+"/nomenclature",schemaPath:"#/properties/nomenclature/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err27 = {instancePath:instancePath+"/nomenclature",schemaPath:"#/properties/nomenclature/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.dimension !== undefined){
let data6 = data.dimension;
if(!((((((data6 === "governance") || (data6 === "branding")) || (data6 === "economy")) || (data6 === "living")) || (data6 === "society")) || (data6 === "environment"))){
const err28 = {instancePath:instancePath+"/dimension",schemaPath:"#/properties/dimension/enum",keyword:"enum",params:{allowedValues: schema78.properties.dimension.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.element !== undefined){
let data7 = data.element;
const _errs16 = errors;
let valid5 = false;
let passing0 = null;
const _errs17 = errors;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err29 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs20 = errors;
if(data7 !== null){
const err31 = {instancePath:instancePath+"/element",schemaPath:"#/properties/element/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err32 = {instancePath:instancePath+"/element",schemaPath:"#/properties/element/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
if(data.description !== undefined){
let data8 = data.description;
if((typeof data8 !== "string") && (data8 !== null)){
const err33 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema78.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err34 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data.objective !== undefined){
let data9 = data.objective;
if((typeof data9 !== "string") && (data9 !== null)){
const err35 = {instancePath:instancePath+"/objective",schemaPath:"#/properties/objective/type",keyword:"type",params:{type: schema78.properties.objective.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.output !== undefined){
let data10 = data.output;
if((typeof data10 !== "string") && (data10 !== null)){
const err36 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/type",keyword:"type",params:{type: schema78.properties.output.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.outcome !== undefined){
let data11 = data.outcome;
if((typeof data11 !== "string") && (data11 !== null)){
const err37 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/type",keyword:"type",params:{type: schema78.properties.outcome.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.location !== undefined){
let data12 = data.location;
if((typeof data12 !== "string") && (data12 !== null)){
const err38 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: schema78.properties.location.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.lead_agency !== undefined){
let data13 = data.lead_agency;
const _errs33 = errors;
let valid7 = false;
let passing1 = null;
const _errs34 = errors;
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
const err39 = {instancePath:instancePath+"/lead_agency",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/lead_agency",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid1 = _errs34 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs37 = errors;
if(data13 !== null){
const err41 = {instancePath:instancePath+"/lead_agency",schemaPath:"#/properties/lead_agency/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid1 = _errs37 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
}
if(!valid7){
const err42 = {instancePath:instancePath+"/lead_agency",schemaPath:"#/properties/lead_agency/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
if(data.supporting_agencies !== undefined){
let data14 = data.supporting_agencies;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
let data15 = data14[i2];
if(typeof data15 === "string"){
if(!pattern4.test(data15)){
const err43 = {instancePath:instancePath+"/supporting_agencies/" + i2,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/supporting_agencies/" + i2,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
let i3 = data14.length;
let j1;
if(i3 > 1){
outer0:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data14[i3], data14[j1])){
const err45 = {instancePath:instancePath+"/supporting_agencies",schemaPath:"#/properties/supporting_agencies/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err46 = {instancePath:instancePath+"/supporting_agencies",schemaPath:"#/properties/supporting_agencies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.quick_win !== undefined){
if(typeof data.quick_win !== "boolean"){
const err47 = {instancePath:instancePath+"/quick_win",schemaPath:"#/properties/quick_win/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.infrastructure !== undefined){
let data17 = data.infrastructure;
if(!((((data17 === "fisik") || (data17 === "digital")) || (data17 === "sosial")) || (data17 === null))){
const err48 = {instancePath:instancePath+"/infrastructure",schemaPath:"#/properties/infrastructure/enum",keyword:"enum",params:{allowedValues: schema78.properties.infrastructure.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.years !== undefined){
let data18 = data.years;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.start === undefined){
const err49 = {instancePath:instancePath+"/years",schemaPath:"#/properties/years/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data18.end === undefined){
const err50 = {instancePath:instancePath+"/years",schemaPath:"#/properties/years/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key1 in data18){
if(!((key1 === "start") || (key1 === "end"))){
const err51 = {instancePath:instancePath+"/years",schemaPath:"#/properties/years/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data18.start !== undefined){
let data19 = data18.start;
const _errs51 = errors;
let valid14 = false;
let passing2 = null;
const _errs52 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err52 = {instancePath:instancePath+"/years/start",schemaPath:"#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 2200 || isNaN(data19)){
const err53 = {instancePath:instancePath+"/years/start",schemaPath:"#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data19 < 1945 || isNaN(data19)){
const err54 = {instancePath:instancePath+"/years/start",schemaPath:"#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
var _valid2 = _errs52 === errors;
if(_valid2){
valid14 = true;
passing2 = 0;
}
const _errs55 = errors;
if(data19 !== null){
const err55 = {instancePath:instancePath+"/years/start",schemaPath:"#/properties/years/properties/start/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid2 = _errs55 === errors;
if(_valid2 && valid14){
valid14 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid14 = true;
passing2 = 1;
}
}
if(!valid14){
const err56 = {instancePath:instancePath+"/years/start",schemaPath:"#/properties/years/properties/start/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
if(data18.end !== undefined){
let data20 = data18.end;
const _errs58 = errors;
let valid16 = false;
let passing3 = null;
const _errs59 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err57 = {instancePath:instancePath+"/years/end",schemaPath:"#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 2200 || isNaN(data20)){
const err58 = {instancePath:instancePath+"/years/end",schemaPath:"#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data20 < 1945 || isNaN(data20)){
const err59 = {instancePath:instancePath+"/years/end",schemaPath:"#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
var _valid3 = _errs59 === errors;
if(_valid3){
valid16 = true;
passing3 = 0;
}
const _errs62 = errors;
if(data20 !== null){
const err60 = {instancePath:instancePath+"/years/end",schemaPath:"#/properties/years/properties/end/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid3 = _errs62 === errors;
if(_valid3 && valid16){
valid16 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid16 = true;
passing3 = 1;
}
}
if(!valid16){
const err61 = {instancePath:instancePath+"/years/end",schemaPath:"#/properties/years/properties/end/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err62 = {instancePath:instancePath+"/years",schemaPath:"#/properties/years/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.budget !== undefined){
let data21 = data.budget;
if((!(Array.isArray(data21))) && (data21 !== null)){
const err63 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: schema78.properties.budget.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(Array.isArray(data21)){
const len2 = data21.length;
for(let i4=0; i4<len2; i4++){
let data22 = data21[i4];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.year === undefined){
const err64 = {instancePath:instancePath+"/budget/" + i4,schemaPath:"#/properties/budget/items/required",keyword:"required",params:{missingProperty: "year"},message:"must have required property '"+"year"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data22.amount === undefined){
const err65 = {instancePath:instancePath+"/budget/" + i4,schemaPath:"#/properties/budget/items/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data22.source === undefined){
const err66 = {instancePath:instancePath+"/budget/" + i4,schemaPath:"#/properties/budget/items/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key2 in data22){
if(!((((key2 === "year") || (key2 === "amount")) || (key2 === "source")) || (key2 === "proposed"))){
const err67 = {instancePath:instancePath+"/budget/" + i4,schemaPath:"#/properties/budget/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data22.year !== undefined){
let data23 = data22.year;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err68 = {instancePath:instancePath+"/budget/" + i4+"/year",schemaPath:"#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 2200 || isNaN(data23)){
const err69 = {instancePath:instancePath+"/budget/" + i4+"/year",schemaPath:"#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data23 < 1945 || isNaN(data23)){
const err70 = {instancePath:instancePath+"/budget/" + i4+"/year",schemaPath:"#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
if(data22.amount !== undefined){
let data24 = data22.amount;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
const err71 = {instancePath:instancePath+"/budget/" + i4+"/amount",schemaPath:"#/properties/budget/items/properties/amount/type",keyword:"type",params:{type: schema78.properties.budget.items.properties.amount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 9007199254740991 || isNaN(data24)){
const err72 = {instancePath:instancePath+"/budget/" + i4+"/amount",schemaPath:"#/properties/budget/items/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err73 = {instancePath:instancePath+"/budget/" + i4+"/amount",schemaPath:"#/properties/budget/items/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
if(data22.source !== undefined){
let data25 = data22.source;
if(!(((((((((data25 === "apbd") || (data25 === "apbd-provinsi")) || (data25 === "apbn")) || (data25 === "dak")) || (data25 === "dana-desa")) || (data25 === "csr")) || (data25 === "kpbu")) || (data25 === "swasta")) || (data25 === null))){
const err74 = {instancePath:instancePath+"/budget/" + i4+"/source",schemaPath:"#/properties/budget/items/properties/source/enum",keyword:"enum",params:{allowedValues: schema78.properties.budget.items.properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data22.proposed !== undefined){
if(typeof data22.proposed !== "boolean"){
const err75 = {instancePath:instancePath+"/budget/" + i4+"/proposed",schemaPath:"#/properties/budget/items/properties/proposed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/budget/" + i4,schemaPath:"#/properties/budget/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
}
if(data.indicators !== undefined){
let data27 = data.indicators;
if(Array.isArray(data27)){
const len3 = data27.length;
for(let i5=0; i5<len3; i5++){
let data28 = data27[i5];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.name === undefined){
const err77 = {instancePath:instancePath+"/indicators/" + i5,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data28.unit === undefined){
const err78 = {instancePath:instancePath+"/indicators/" + i5,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data28.baseline === undefined){
const err79 = {instancePath:instancePath+"/indicators/" + i5,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data28.targets === undefined){
const err80 = {instancePath:instancePath+"/indicators/" + i5,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key3 in data28){
if(!(((((key3 === "name") || (key3 === "unit")) || (key3 === "baseline")) || (key3 === "targets")) || (key3 === "reporting"))){
const err81 = {instancePath:instancePath+"/indicators/" + i5,schemaPath:"#/properties/indicators/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data28.name !== undefined){
let data29 = data28.name;
if(typeof data29 === "string"){
if(func1(data29) < 1){
const err82 = {instancePath:instancePath+"/indicators/" + i5+"/name",schemaPath:"#/properties/indicators/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/indicators/" + i5+"/name",schemaPath:"#/properties/indicators/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data28.unit !== undefined){
let data30 = data28.unit;
if((typeof data30 !== "string") && (data30 !== null)){
const err84 = {instancePath:instancePath+"/indicators/" + i5+"/unit",schemaPath:"#/properties/indicators/items/properties/unit/type",keyword:"type",params:{type: schema78.properties.indicators.items.properties.unit.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(typeof data30 === "string"){
if(func1(data30) < 1){
const err85 = {instancePath:instancePath+"/indicators/" + i5+"/unit",schemaPath:"#/properties/indicators/items/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
if(data28.baseline !== undefined){
if(!(validate36(data28.baseline, {instancePath:instancePath+"/indicators/" + i5+"/baseline",parentData:data28,parentDataProperty:"baseline",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data28.targets !== undefined){
let data32 = data28.targets;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(Object.keys(data32).length < 1){
const err86 = {instancePath:instancePath+"/indicators/" + i5+"/targets",schemaPath:"#/properties/indicators/items/properties/targets/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key4 in data32){
const _errs89 = errors;
if(typeof key4 === "string"){
if(!pattern29.test(key4)){
const err87 = {instancePath:instancePath+"/indicators/" + i5+"/targets",schemaPath:"#/properties/indicators/items/properties/targets/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\"",propertyName:key4};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
var valid25 = _errs89 === errors;
if(!valid25){
const err88 = {instancePath:instancePath+"/indicators/" + i5+"/targets",schemaPath:"#/properties/indicators/items/properties/targets/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
for(const key5 in data32){
let data33 = data32[key5];
if((!((typeof data33 == "number") && (isFinite(data33)))) && (data33 !== null)){
const err89 = {instancePath:instancePath+"/indicators/" + i5+"/targets/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/indicators/items/properties/targets/additionalProperties/type",keyword:"type",params:{type: schema78.properties.indicators.items.properties.targets.additionalProperties.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/indicators/" + i5+"/targets",schemaPath:"#/properties/indicators/items/properties/targets/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data28.reporting !== undefined){
let data34 = data28.reporting;
if(!((((data34 === "bulanan") || (data34 === "triwulanan")) || (data34 === "semesteran")) || (data34 === "tahunan"))){
const err91 = {instancePath:instancePath+"/indicators/" + i5+"/reporting",schemaPath:"#/properties/indicators/items/properties/reporting/enum",keyword:"enum",params:{allowedValues: schema78.properties.indicators.items.properties.reporting.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/indicators/" + i5,schemaPath:"#/properties/indicators/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.rpjpd !== undefined){
let data35 = data.rpjpd;
if(Array.isArray(data35)){
const len4 = data35.length;
for(let i6=0; i6<len4; i6++){
let data36 = data35[i6];
if(typeof data36 === "string"){
if(!pattern4.test(data36)){
const err94 = {instancePath:instancePath+"/rpjpd/" + i6,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/rpjpd/" + i6,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
let i7 = data35.length;
let j2;
if(i7 > 1){
outer1:
for(;i7--;){
for(j2 = i7; j2--;){
if(func0(data35[i7], data35[j2])){
const err96 = {instancePath:instancePath+"/rpjpd",schemaPath:"#/properties/rpjpd/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err97 = {instancePath:instancePath+"/rpjpd",schemaPath:"#/properties/rpjpd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.rpjmd !== undefined){
let data37 = data.rpjmd;
if(Array.isArray(data37)){
const len5 = data37.length;
for(let i8=0; i8<len5; i8++){
let data38 = data37[i8];
if(typeof data38 === "string"){
if(!pattern4.test(data38)){
const err98 = {instancePath:instancePath+"/rpjmd/" + i8,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/rpjmd/" + i8,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
let i9 = data37.length;
let j3;
if(i9 > 1){
outer2:
for(;i9--;){
for(j3 = i9; j3--;){
if(func0(data37[i9], data37[j3])){
const err100 = {instancePath:instancePath+"/rpjmd",schemaPath:"#/properties/rpjmd/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i9+" are identical)"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err101 = {instancePath:instancePath+"/rpjmd",schemaPath:"#/properties/rpjmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data.digital_pillars !== undefined){
let data39 = data.digital_pillars;
if(Array.isArray(data39)){
const len6 = data39.length;
for(let i10=0; i10<len6; i10++){
let data40 = data39[i10];
if(typeof data40 === "string"){
if(!pattern4.test(data40)){
const err102 = {instancePath:instancePath+"/digital_pillars/" + i10,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/digital_pillars/" + i10,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
let i11 = data39.length;
let j4;
if(i11 > 1){
outer3:
for(;i11--;){
for(j4 = i11; j4--;){
if(func0(data39[i11], data39[j4])){
const err104 = {instancePath:instancePath+"/digital_pillars",schemaPath:"#/properties/digital_pillars/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i11+" are identical)"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
break outer3;
}
}
}
}
}
else {
const err105 = {instancePath:instancePath+"/digital_pillars",schemaPath:"#/properties/digital_pillars/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.depends_on !== undefined){
let data41 = data.depends_on;
if(Array.isArray(data41)){
const len7 = data41.length;
for(let i12=0; i12<len7; i12++){
let data42 = data41[i12];
if(typeof data42 === "string"){
if(!pattern4.test(data42)){
const err106 = {instancePath:instancePath+"/depends_on/" + i12,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/depends_on/" + i12,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
let i13 = data41.length;
let j5;
if(i13 > 1){
outer4:
for(;i13--;){
for(j5 = i13; j5--;){
if(func0(data41[i13], data41[j5])){
const err108 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i13+" are identical)"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
break outer4;
}
}
}
}
}
else {
const err109 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.status !== undefined){
let data43 = data.status;
if(!((((((data43 === "usulan") || (data43 === "persiapan")) || (data43 === "berjalan")) || (data43 === "selesai")) || (data43 === "ditunda")) || (data43 === null))){
const err110 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema78.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.progress !== undefined){
let data44 = data.progress;
const _errs116 = errors;
let valid43 = false;
let passing4 = null;
const _errs117 = errors;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.percent === undefined){
const err111 = {instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/oneOf/0/required",keyword:"required",params:{missingProperty: "percent"},message:"must have required property '"+"percent"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data44.as_of === undefined){
const err112 = {instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/oneOf/0/required",keyword:"required",params:{missingProperty: "as_of"},message:"must have required property '"+"as_of"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
for(const key6 in data44){
if(!((key6 === "percent") || (key6 === "as_of"))){
const err113 = {instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data44.percent !== undefined){
let data45 = data44.percent;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err114 = {instancePath:instancePath+"/progress/percent",schemaPath:"#/properties/progress/oneOf/0/properties/percent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 > 100 || isNaN(data45)){
const err115 = {instancePath:instancePath+"/progress/percent",schemaPath:"#/properties/progress/oneOf/0/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data45 < 0 || isNaN(data45)){
const err116 = {instancePath:instancePath+"/progress/percent",schemaPath:"#/properties/progress/oneOf/0/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
if(data44.as_of !== undefined){
let data46 = data44.as_of;
if(typeof data46 === "string"){
if(!pattern16.test(data46)){
const err117 = {instancePath:instancePath+"/progress/as_of",schemaPath:"#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/progress/as_of",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
var _valid4 = _errs117 === errors;
if(_valid4){
valid43 = true;
passing4 = 0;
}
const _errs125 = errors;
if(data44 !== null){
const err120 = {instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid4 = _errs125 === errors;
if(_valid4 && valid43){
valid43 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid43 = true;
passing4 = 1;
}
}
if(!valid43){
const err121 = {instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
else {
errors = _errs116;
if(vErrors !== null){
if(_errs116){
vErrors.length = _errs116;
}
else {
vErrors = null;
}
}
}
}
if(data.problem !== undefined){
let data47 = data.problem;
if((typeof data47 !== "string") && (data47 !== null)){
const err122 = {instancePath:instancePath+"/problem",schemaPath:"#/properties/problem/type",keyword:"type",params:{type: schema78.properties.problem.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.target_12_months !== undefined){
let data48 = data.target_12_months;
if((typeof data48 !== "string") && (data48 !== null)){
const err123 = {instancePath:instancePath+"/target_12_months",schemaPath:"#/properties/target_12_months/type",keyword:"type",params:{type: schema78.properties.target_12_months.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data.milestones !== undefined){
let data49 = data.milestones;
if(Array.isArray(data49)){
const len8 = data49.length;
for(let i14=0; i14<len8; i14++){
let data50 = data49[i14];
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.when === undefined){
const err124 = {instancePath:instancePath+"/milestones/" + i14,schemaPath:"#/properties/milestones/items/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data50.what === undefined){
const err125 = {instancePath:instancePath+"/milestones/" + i14,schemaPath:"#/properties/milestones/items/required",keyword:"required",params:{missingProperty: "what"},message:"must have required property '"+"what"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
for(const key7 in data50){
if(!((key7 === "when") || (key7 === "what"))){
const err126 = {instancePath:instancePath+"/milestones/" + i14,schemaPath:"#/properties/milestones/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data50.when !== undefined){
let data51 = data50.when;
if(typeof data51 === "string"){
if(!pattern35.test(data51)){
const err127 = {instancePath:instancePath+"/milestones/" + i14+"/when",schemaPath:"#/properties/milestones/items/properties/when/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$"+"\""};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/milestones/" + i14+"/when",schemaPath:"#/properties/milestones/items/properties/when/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data50.what !== undefined){
let data52 = data50.what;
if(typeof data52 === "string"){
if(func1(data52) < 1){
const err129 = {instancePath:instancePath+"/milestones/" + i14+"/what",schemaPath:"#/properties/milestones/items/properties/what/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/milestones/" + i14+"/what",schemaPath:"#/properties/milestones/items/properties/what/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/milestones/" + i14,schemaPath:"#/properties/milestones/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/milestones",schemaPath:"#/properties/milestones/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.risks !== undefined){
let data53 = data.risks;
if(Array.isArray(data53)){
const len9 = data53.length;
for(let i15=0; i15<len9; i15++){
let data54 = data53[i15];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.risk === undefined){
const err133 = {instancePath:instancePath+"/risks/" + i15,schemaPath:"#/properties/risks/items/required",keyword:"required",params:{missingProperty: "risk"},message:"must have required property '"+"risk"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data54.impact === undefined){
const err134 = {instancePath:instancePath+"/risks/" + i15,schemaPath:"#/properties/risks/items/required",keyword:"required",params:{missingProperty: "impact"},message:"must have required property '"+"impact"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data54.likelihood === undefined){
const err135 = {instancePath:instancePath+"/risks/" + i15,schemaPath:"#/properties/risks/items/required",keyword:"required",params:{missingProperty: "likelihood"},message:"must have required property '"+"likelihood"+"'"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data54.mitigation === undefined){
const err136 = {instancePath:instancePath+"/risks/" + i15,schemaPath:"#/properties/risks/items/required",keyword:"required",params:{missingProperty: "mitigation"},message:"must have required property '"+"mitigation"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data54.owner === undefined){
const err137 = {instancePath:instancePath+"/risks/" + i15,schemaPath:"#/properties/risks/items/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
for(const key8 in data54){
if(!(((((key8 === "risk") || (key8 === "impact")) || (key8 === "likelihood")) || (key8 === "mitigation")) || (key8 === "owner"))){
const err138 = {instancePath:instancePath+"/risks/" + i15,schemaPath:"#/properties/risks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data54.risk !== undefined){
let data55 = data54.risk;
if(typeof data55 === "string"){
if(func1(data55) < 1){
const err139 = {instancePath:instancePath+"/risks/" + i15+"/risk",schemaPath:"#/properties/risks/items/properties/risk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/risks/" + i15+"/risk",schemaPath:"#/properties/risks/items/properties/risk/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data54.impact !== undefined){
let data56 = data54.impact;
if(!(((data56 === "rendah") || (data56 === "sedang")) || (data56 === "tinggi"))){
const err141 = {instancePath:instancePath+"/risks/" + i15+"/impact",schemaPath:"#/properties/risks/items/properties/impact/enum",keyword:"enum",params:{allowedValues: schema78.properties.risks.items.properties.impact.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data54.likelihood !== undefined){
let data57 = data54.likelihood;
if(!(((data57 === "rendah") || (data57 === "sedang")) || (data57 === "tinggi"))){
const err142 = {instancePath:instancePath+"/risks/" + i15+"/likelihood",schemaPath:"#/properties/risks/items/properties/likelihood/enum",keyword:"enum",params:{allowedValues: schema78.properties.risks.items.properties.likelihood.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data54.mitigation !== undefined){
let data58 = data54.mitigation;
if((typeof data58 !== "string") && (data58 !== null)){
const err143 = {instancePath:instancePath+"/risks/" + i15+"/mitigation",schemaPath:"#/properties/risks/items/properties/mitigation/type",keyword:"type",params:{type: schema78.properties.risks.items.properties.mitigation.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data54.owner !== undefined){
let data59 = data54.owner;
const _errs152 = errors;
let valid52 = false;
let passing5 = null;
const _errs153 = errors;
if(typeof data59 === "string"){
if(!pattern4.test(data59)){
const err144 = {instancePath:instancePath+"/risks/" + i15+"/owner",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/risks/" + i15+"/owner",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
var _valid5 = _errs153 === errors;
if(_valid5){
valid52 = true;
passing5 = 0;
}
const _errs156 = errors;
if(data59 !== null){
const err146 = {instancePath:instancePath+"/risks/" + i15+"/owner",schemaPath:"#/properties/risks/items/properties/owner/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
var _valid5 = _errs156 === errors;
if(_valid5 && valid52){
valid52 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid52 = true;
passing5 = 1;
}
}
if(!valid52){
const err147 = {instancePath:instancePath+"/risks/" + i15+"/owner",schemaPath:"#/properties/risks/items/properties/owner/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
else {
errors = _errs152;
if(vErrors !== null){
if(_errs152){
vErrors.length = _errs152;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err148 = {instancePath:instancePath+"/risks/" + i15,schemaPath:"#/properties/risks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
else {
const err149 = {instancePath:instancePath+"/risks",schemaPath:"#/properties/risks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data.proposed !== undefined){
if(typeof data.proposed !== "boolean"){
const err150 = {instancePath:instancePath+"/proposed",schemaPath:"#/properties/proposed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const readinessUntyped = validate38;
const schema94 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://masterplan.invalid/schemas/readiness.schema.json","title":"Analisis kesiapan daerah (Readiness analysis)","description":"Berkas readiness.yaml: penilaian kesiapan daerah per pilar (Struktur, Infrastruktur, Suprastruktur, dan bila ada alam dan budaya), tiap elemen dinilai 0–4 dengan bukti dan sumbernya. Dipakai Buku Saku Kesiapan dan Bab II masterplan. (readiness.yaml: the region's readiness per pillar, each element scored 0–4 with evidence and source. Used by the readiness booklet and the masterplan's Bab II.)","type":"object","additionalProperties":false,"required":["schema_version","pillars"],"properties":{"schema_version":{"title":"Versi format (Format version)","const":1},"assessed":{"title":"Tanggal penilaian (Date of the assessment)","description":"Tanggal ISO (YYYY-MM-DD); null bila belum dinilai. (ISO date; null when not assessed yet.)","type":["string","null"],"pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"assessor":{"title":"Penilai (Assessor)","description":"Tim atau lembaga yang menilai. (The team or body that scored.)","type":["string","null"]},"pillars":{"title":"Pilar kesiapan (Readiness pillars)","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","name","elements"],"properties":{"id":{"title":"Kode pilar (Pillar id)","enum":["struktur","infrastruktur","suprastruktur","alam","budaya"]},"name":{"title":"Nama pilar (Pillar name)","type":"string","minLength":1},"elements":{"title":"Elemen yang dinilai (Elements scored)","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","name","score","evidence","source"],"properties":{"id":{"title":"Kode elemen (Element id)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"name":{"title":"Nama elemen (Element name)","type":"string","minLength":1},"score":{"title":"Nilai 0–4 (Score 0–4)","description":"0 belum ada, 4 sangat siap; null bila belum dinilai. (0 none, 4 fully ready; null when not scored yet.)","type":["integer","null"],"minimum":0,"maximum":4},"evidence":{"title":"Bukti (Evidence)","description":"Apa yang menunjukkan nilai itu. (What shows the score.)","type":["string","null"]},"source":{"title":"Sumber bukti (Source of the evidence)","type":["string","null"]},"proposed":{"title":"Nilai usulan penyusun (Score proposed by the drafting team)","description":"true bila nilai ini usulan tim penyusun dari sumber publik, menunggu penilaian tim penilai. (true when the drafting team proposed the score from public sources, pending the assessors.)","type":"boolean"}}}}}}}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://masterplan.invalid/schemas/readiness.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.pillars === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pillars"},message:"must have required property '"+"pillars"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "schema_version") || (key0 === "assessed")) || (key0 === "assessor")) || (key0 === "pillars"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err3 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.assessed !== undefined){
let data1 = data.assessed;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/assessed",schemaPath:"#/properties/assessed/type",keyword:"type",params:{type: schema94.properties.assessed.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 === "string"){
if(!pattern16.test(data1)){
const err5 = {instancePath:instancePath+"/assessed",schemaPath:"#/properties/assessed/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.assessor !== undefined){
let data2 = data.assessor;
if((typeof data2 !== "string") && (data2 !== null)){
const err6 = {instancePath:instancePath+"/assessor",schemaPath:"#/properties/assessor/type",keyword:"type",params:{type: schema94.properties.assessor.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.pillars !== undefined){
let data3 = data.pillars;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/pillars",schemaPath:"#/properties/pillars/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err8 = {instancePath:instancePath+"/pillars/" + i0,schemaPath:"#/properties/pillars/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.name === undefined){
const err9 = {instancePath:instancePath+"/pillars/" + i0,schemaPath:"#/properties/pillars/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.elements === undefined){
const err10 = {instancePath:instancePath+"/pillars/" + i0,schemaPath:"#/properties/pillars/items/required",keyword:"required",params:{missingProperty: "elements"},message:"must have required property '"+"elements"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data4){
if(!(((key1 === "id") || (key1 === "name")) || (key1 === "elements"))){
const err11 = {instancePath:instancePath+"/pillars/" + i0,schemaPath:"#/properties/pillars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(!(((((data5 === "struktur") || (data5 === "infrastruktur")) || (data5 === "suprastruktur")) || (data5 === "alam")) || (data5 === "budaya"))){
const err12 = {instancePath:instancePath+"/pillars/" + i0+"/id",schemaPath:"#/properties/pillars/items/properties/id/enum",keyword:"enum",params:{allowedValues: schema94.properties.pillars.items.properties.id.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.name !== undefined){
let data6 = data4.name;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err13 = {instancePath:instancePath+"/pillars/" + i0+"/name",schemaPath:"#/properties/pillars/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/pillars/" + i0+"/name",schemaPath:"#/properties/pillars/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.elements !== undefined){
let data7 = data4.elements;
if(Array.isArray(data7)){
if(data7.length < 1){
const err15 = {instancePath:instancePath+"/pillars/" + i0+"/elements",schemaPath:"#/properties/pillars/items/properties/elements/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.id === undefined){
const err16 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1,schemaPath:"#/properties/pillars/items/properties/elements/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data8.name === undefined){
const err17 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1,schemaPath:"#/properties/pillars/items/properties/elements/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8.score === undefined){
const err18 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1,schemaPath:"#/properties/pillars/items/properties/elements/items/required",keyword:"required",params:{missingProperty: "score"},message:"must have required property '"+"score"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8.evidence === undefined){
const err19 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1,schemaPath:"#/properties/pillars/items/properties/elements/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data8.source === undefined){
const err20 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1,schemaPath:"#/properties/pillars/items/properties/elements/items/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data8){
if(!((((((key2 === "id") || (key2 === "name")) || (key2 === "score")) || (key2 === "evidence")) || (key2 === "source")) || (key2 === "proposed"))){
const err21 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1,schemaPath:"#/properties/pillars/items/properties/elements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.id !== undefined){
let data9 = data8.id;
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
const err22 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1+"/id",schemaPath:"#/properties/pillars/items/properties/elements/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1+"/id",schemaPath:"#/properties/pillars/items/properties/elements/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.name !== undefined){
let data10 = data8.name;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err24 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1+"/name",schemaPath:"#/properties/pillars/items/properties/elements/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1+"/name",schemaPath:"#/properties/pillars/items/properties/elements/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.score !== undefined){
let data11 = data8.score;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
const err26 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1+"/score",schemaPath:"#/properties/pillars/items/properties/elements/items/properties/score/type",keyword:"type",params:{type: schema94.properties.pillars.items.properties.elements.items.properties.score.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 4 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1+"/score",schemaPath:"#/properties/pillars/items/properties/elements/items/properties/score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err28 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1+"/score",schemaPath:"#/properties/pillars/items/properties/elements/items/properties/score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data8.evidence !== undefined){
let data12 = data8.evidence;
if((typeof data12 !== "string") && (data12 !== null)){
const err29 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1+"/evidence",schemaPath:"#/properties/pillars/items/properties/elements/items/properties/evidence/type",keyword:"type",params:{type: schema94.properties.pillars.items.properties.elements.items.properties.evidence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.source !== undefined){
let data13 = data8.source;
if((typeof data13 !== "string") && (data13 !== null)){
const err30 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1+"/source",schemaPath:"#/properties/pillars/items/properties/elements/items/properties/source/type",keyword:"type",params:{type: schema94.properties.pillars.items.properties.elements.items.properties.source.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data8.proposed !== undefined){
if(typeof data8.proposed !== "boolean"){
const err31 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1+"/proposed",schemaPath:"#/properties/pillars/items/properties/elements/items/properties/proposed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/pillars/" + i0+"/elements/" + i1,schemaPath:"#/properties/pillars/items/properties/elements/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/pillars/" + i0+"/elements",schemaPath:"#/properties/pillars/items/properties/elements/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/pillars/" + i0,schemaPath:"#/properties/pillars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/pillars",schemaPath:"#/properties/pillars/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const regulationUntyped = validate39;
const schema95 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://masterplan.invalid/schemas/regulation.schema.json","title":"Rancangan peraturan (The regulation that enacts the masterplan)","description":"Berkas regulation.yaml: bagian-bagian peraturan daerah atau peraturan kepala daerah yang menetapkan masterplan, yang bukan rumusan baku UU 12/2011 Lampiran II: konsiderans menimbang, dasar hukum mengingat beserta pengundangannya, definisi, kedudukan masterplan, penjelasan umum, dan data pengundangan. (regulation.yaml: the parts of the Perda or Perbup/Perwal that are the plan's own, not the fixed wording of UU 12/2011 Lampiran II.)","type":"object","additionalProperties":false,"required":["schema_version","capital","considerations","legal_basis","definitions","purpose"],"properties":{"schema_version":{"title":"Versi format (Format version)","const":1},"capital":{"title":"Ibu kota (Seat of government)","description":"Tempat peraturan ditetapkan dan diundangkan (\"Ditetapkan di …\"); null bila belum diisi. (Where it is enacted and promulgated; null while not filled in.)","type":["string","null"],"minLength":1,"pattern":"^\\S(?:[\\s\\S]*\\S)?$"},"considerations":{"title":"Menimbang (Considerations)","description":"Pertimbangan a., b., … masing-masing diawali \"bahwa\", tanpa tanda baca penutup; pertimbangan terakhir (\"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a …\") disusun sendiri. (Each begins with \"bahwa\"; the last one is written by the tool.)","type":"array","items":{"oneOf":[{"type":"string","minLength":1,"pattern":"^bahwa \\S[\\s\\S]*[^;.,\\s]$"},{"type":"null","description":"null: pertimbangan yang belum dirumuskan, dicetak \"bahwa ………\". (A consideration not written yet.)"}]}},"legal_basis":{"title":"Mengingat (Legal basis)","description":"Peraturan perundang-undangan menurut hierarki dan tahun, sesudah Pasal 18 ayat (6) UUD 1945 yang dicetak sendiri. (Laws in hierarchy and year order, after Article 18(6) of the Constitution, which is printed by the tool.)","type":"array","items":{"type":"object","additionalProperties":false,"required":["title","gazette"],"properties":{"title":{"title":"Judul (Title)","description":"Jenis, nomor, tahun dan judul, tanpa tanda baca penutup: Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah. (Kind, number, year and title, no closing punctuation.) null: belum diketahui, misalnya undang-undang pembentukan daerah. (null: not known yet, such as the law that formed the region.)","type":["string","null"],"minLength":1,"pattern":"^\\S(?:[\\s\\S]*[^;.,\\s])?$"},"amended":{"title":"Perubahan (Amendments)","description":"Mis. \"sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023 …\", dicetak sesudah judul. (Printed after the title.)","type":["string","null"],"minLength":1},"gazette":{"oneOf":[{"title":"Pengundangan (Where it was promulgated)","description":"Lembaran Negara atau Berita Negara tempat peraturan itu diundangkan; null untuk angka yang belum diketahui, dicetak sebagai titik-titik. (The gazette; null for a number not known yet, printed as a blank.)","type":"object","additionalProperties":false,"required":["kind","year","number"],"properties":{"kind":{"title":"Jenis (Kind)","enum":["lembaran-negara","berita-negara","lembaran-daerah"]},"year":{"title":"Tahun (Year)","type":["integer","null"],"minimum":1945,"maximum":2100},"number":{"title":"Nomor (Number)","type":["integer","null"],"minimum":1},"supplement":{"title":"Nomor Tambahan (Supplement number)","description":"Nomor Tambahan Lembaran Negara (atau Tambahan Lembaran Daerah); null bila belum diketahui. (The supplement number; null when not known.)","type":["integer","null"],"minimum":1}}},{"type":"null","description":"null: tempat pengundangannya belum diketahui. (null: not known yet.)"}]}}}},"definitions":{"title":"Ketentuan umum (Definitions)","description":"Definisi Pasal 1 sesudah Daerah, Pemerintah Daerah, kepala daerah, DPRD dan Perangkat Daerah yang disusun sendiri; tanpa meaning, artinya diambil dari glossary.yaml. (Pasal 1 definitions after the standard ones; without meaning, the glossary's.)","type":"array","items":{"type":"object","additionalProperties":false,"required":["term"],"properties":{"term":{"title":"Istilah (Term)","type":"string","minLength":1},"short":{"title":"Sebutan singkat (Short form)","description":"\"yang selanjutnya disebut …\" (what it is called afterwards)","type":"string","minLength":1},"meaning":{"title":"Arti (Meaning)","description":"Sesudah \"adalah\", tanpa tanda baca penutup. (After \"adalah\", no closing punctuation.)","type":["string","null"],"minLength":1}}}},"purpose":{"title":"Kedudukan masterplan (What the masterplan is for)","description":"Sesudah \"Masterplan … menjadi pedoman bagi\", tanpa tanda baca penutup: Pemerintah Daerah dalam merencanakan, melaksanakan, dan mengevaluasi pembangunan kota cerdas. (After \"… menjadi pedoman bagi\", no closing punctuation.)","type":["string","null"],"minLength":1,"pattern":"^\\S(?:[\\s\\S]*\\S)?$"},"review_years":{"title":"Evaluasi paling lama (Evaluation at least every … years)","type":["integer","null"],"minimum":1,"maximum":20},"explanation":{"title":"Penjelasan umum (General explanation)","description":"Untuk peraturan daerah: uraian I. UMUM pada Penjelasan (markdown). (For a Perda: the Penjelasan's I. UMUM.)","type":["string","null"],"minLength":1},"secretary":{"title":"Sekretaris Daerah (Regional secretary)","description":"Nama Sekretaris Daerah yang mengundangkan; null bila belum diketahui. (Name of the secretary who promulgates; null when not known.)","type":["string","null"],"minLength":1,"pattern":"^\\S(?:[\\s\\S]*\\S)?$"},"promulgation":{"title":"Pengundangan (Promulgation)","type":"object","additionalProperties":false,"properties":{"enacted":{"title":"Tanggal penetapan (Enacted on)","type":["string","null"],"pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"promulgated":{"title":"Tanggal pengundangan (Promulgated on)","type":["string","null"],"pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"gazette_number":{"title":"Nomor Lembaran Daerah atau Berita Daerah (Gazette number)","type":["integer","null"],"minimum":1},"supplement_number":{"title":"Nomor Tambahan Lembaran Daerah (Supplement number)","type":["integer","null"],"minimum":1},"noreg":{"title":"Nomor register (NOREG)","description":"Untuk peraturan daerah, dari gubernur: (4-23/2026). (For a Perda, from the governor.)","type":["string","null"],"minLength":1,"pattern":"^\\S(?:[\\s\\S]*\\S)?$"}}},"note":{"title":"Catatan penyusunan (Drafting note)","type":"string","minLength":1}}};
const pattern39 = new RegExp("^\\S(?:[\\s\\S]*\\S)?$", "u");
const pattern40 = new RegExp("^bahwa \\S[\\s\\S]*[^;.,\\s]$", "u");
const pattern41 = new RegExp("^\\S(?:[\\s\\S]*[^;.,\\s])?$", "u");

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://masterplan.invalid/schemas/regulation.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.capital === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capital"},message:"must have required property '"+"capital"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.considerations === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "considerations"},message:"must have required property '"+"considerations"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.legal_basis === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "legal_basis"},message:"must have required property '"+"legal_basis"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.definitions === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "definitions"},message:"must have required property '"+"definitions"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.purpose === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema95.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err7 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.capital !== undefined){
let data1 = data.capital;
if((typeof data1 !== "string") && (data1 !== null)){
const err8 = {instancePath:instancePath+"/capital",schemaPath:"#/properties/capital/type",keyword:"type",params:{type: schema95.properties.capital.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err9 = {instancePath:instancePath+"/capital",schemaPath:"#/properties/capital/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern39.test(data1)){
const err10 = {instancePath:instancePath+"/capital",schemaPath:"#/properties/capital/pattern",keyword:"pattern",params:{pattern: "^\\S(?:[\\s\\S]*\\S)?$"},message:"must match pattern \""+"^\\S(?:[\\s\\S]*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.considerations !== undefined){
let data2 = data.considerations;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
let valid3 = false;
let passing0 = null;
const _errs9 = errors;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/considerations/" + i0,schemaPath:"#/properties/considerations/items/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern40.test(data3)){
const err12 = {instancePath:instancePath+"/considerations/" + i0,schemaPath:"#/properties/considerations/items/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^bahwa \\S[\\s\\S]*[^;.,\\s]$"},message:"must match pattern \""+"^bahwa \\S[\\s\\S]*[^;.,\\s]$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/considerations/" + i0,schemaPath:"#/properties/considerations/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs11 = errors;
if(data3 !== null){
const err14 = {instancePath:instancePath+"/considerations/" + i0,schemaPath:"#/properties/considerations/items/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err15 = {instancePath:instancePath+"/considerations/" + i0,schemaPath:"#/properties/considerations/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/considerations",schemaPath:"#/properties/considerations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.legal_basis !== undefined){
let data4 = data.legal_basis;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.title === undefined){
const err17 = {instancePath:instancePath+"/legal_basis/" + i1,schemaPath:"#/properties/legal_basis/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.gazette === undefined){
const err18 = {instancePath:instancePath+"/legal_basis/" + i1,schemaPath:"#/properties/legal_basis/items/required",keyword:"required",params:{missingProperty: "gazette"},message:"must have required property '"+"gazette"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "title") || (key1 === "amended")) || (key1 === "gazette"))){
const err19 = {instancePath:instancePath+"/legal_basis/" + i1,schemaPath:"#/properties/legal_basis/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.title !== undefined){
let data6 = data5.title;
if((typeof data6 !== "string") && (data6 !== null)){
const err20 = {instancePath:instancePath+"/legal_basis/" + i1+"/title",schemaPath:"#/properties/legal_basis/items/properties/title/type",keyword:"type",params:{type: schema95.properties.legal_basis.items.properties.title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err21 = {instancePath:instancePath+"/legal_basis/" + i1+"/title",schemaPath:"#/properties/legal_basis/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern41.test(data6)){
const err22 = {instancePath:instancePath+"/legal_basis/" + i1+"/title",schemaPath:"#/properties/legal_basis/items/properties/title/pattern",keyword:"pattern",params:{pattern: "^\\S(?:[\\s\\S]*[^;.,\\s])?$"},message:"must match pattern \""+"^\\S(?:[\\s\\S]*[^;.,\\s])?$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data5.amended !== undefined){
let data7 = data5.amended;
if((typeof data7 !== "string") && (data7 !== null)){
const err23 = {instancePath:instancePath+"/legal_basis/" + i1+"/amended",schemaPath:"#/properties/legal_basis/items/properties/amended/type",keyword:"type",params:{type: schema95.properties.legal_basis.items.properties.amended.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err24 = {instancePath:instancePath+"/legal_basis/" + i1+"/amended",schemaPath:"#/properties/legal_basis/items/properties/amended/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data5.gazette !== undefined){
let data8 = data5.gazette;
const _errs23 = errors;
let valid7 = false;
let passing1 = null;
const _errs24 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.kind === undefined){
const err25 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8.year === undefined){
const err26 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/required",keyword:"required",params:{missingProperty: "year"},message:"must have required property '"+"year"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8.number === undefined){
const err27 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data8){
if(!((((key2 === "kind") || (key2 === "year")) || (key2 === "number")) || (key2 === "supplement"))){
const err28 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.kind !== undefined){
let data9 = data8.kind;
if(!(((data9 === "lembaran-negara") || (data9 === "berita-negara")) || (data9 === "lembaran-daerah"))){
const err29 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette/kind",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/properties/kind/enum",keyword:"enum",params:{allowedValues: schema95.properties.legal_basis.items.properties.gazette.oneOf[0].properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.year !== undefined){
let data10 = data8.year;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
const err30 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette/year",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/properties/year/type",keyword:"type",params:{type: schema95.properties.legal_basis.items.properties.gazette.oneOf[0].properties.year.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 2100 || isNaN(data10)){
const err31 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette/year",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/properties/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data10 < 1945 || isNaN(data10)){
const err32 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette/year",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data8.number !== undefined){
let data11 = data8.number;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
const err33 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette/number",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/properties/number/type",keyword:"type",params:{type: schema95.properties.legal_basis.items.properties.gazette.oneOf[0].properties.number.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette/number",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data8.supplement !== undefined){
let data12 = data8.supplement;
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (data12 !== null)){
const err35 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette/supplement",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/properties/supplement/type",keyword:"type",params:{type: schema95.properties.legal_basis.items.properties.gazette.oneOf[0].properties.supplement.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette/supplement",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/properties/supplement/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid1 = _errs24 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs34 = errors;
if(data8 !== null){
const err38 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid1 = _errs34 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
}
if(!valid7){
const err39 = {instancePath:instancePath+"/legal_basis/" + i1+"/gazette",schemaPath:"#/properties/legal_basis/items/properties/gazette/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/legal_basis/" + i1,schemaPath:"#/properties/legal_basis/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/legal_basis",schemaPath:"#/properties/legal_basis/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.definitions !== undefined){
let data13 = data.definitions;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.term === undefined){
const err42 = {instancePath:instancePath+"/definitions/" + i2,schemaPath:"#/properties/definitions/items/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key3 in data14){
if(!(((key3 === "term") || (key3 === "short")) || (key3 === "meaning"))){
const err43 = {instancePath:instancePath+"/definitions/" + i2,schemaPath:"#/properties/definitions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data14.term !== undefined){
let data15 = data14.term;
if(typeof data15 === "string"){
if(func1(data15) < 1){
const err44 = {instancePath:instancePath+"/definitions/" + i2+"/term",schemaPath:"#/properties/definitions/items/properties/term/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/definitions/" + i2+"/term",schemaPath:"#/properties/definitions/items/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data14.short !== undefined){
let data16 = data14.short;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err46 = {instancePath:instancePath+"/definitions/" + i2+"/short",schemaPath:"#/properties/definitions/items/properties/short/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/definitions/" + i2+"/short",schemaPath:"#/properties/definitions/items/properties/short/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data14.meaning !== undefined){
let data17 = data14.meaning;
if((typeof data17 !== "string") && (data17 !== null)){
const err48 = {instancePath:instancePath+"/definitions/" + i2+"/meaning",schemaPath:"#/properties/definitions/items/properties/meaning/type",keyword:"type",params:{type: schema95.properties.definitions.items.properties.meaning.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err49 = {instancePath:instancePath+"/definitions/" + i2+"/meaning",schemaPath:"#/properties/definitions/items/properties/meaning/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
else {
const err50 = {instancePath:instancePath+"/definitions/" + i2,schemaPath:"#/properties/definitions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/definitions",schemaPath:"#/properties/definitions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.purpose !== undefined){
let data18 = data.purpose;
if((typeof data18 !== "string") && (data18 !== null)){
const err52 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: schema95.properties.purpose.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err53 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!pattern39.test(data18)){
const err54 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/pattern",keyword:"pattern",params:{pattern: "^\\S(?:[\\s\\S]*\\S)?$"},message:"must match pattern \""+"^\\S(?:[\\s\\S]*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data.review_years !== undefined){
let data19 = data.review_years;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
const err55 = {instancePath:instancePath+"/review_years",schemaPath:"#/properties/review_years/type",keyword:"type",params:{type: schema95.properties.review_years.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 20 || isNaN(data19)){
const err56 = {instancePath:instancePath+"/review_years",schemaPath:"#/properties/review_years/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err57 = {instancePath:instancePath+"/review_years",schemaPath:"#/properties/review_years/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
if(data.explanation !== undefined){
let data20 = data.explanation;
if((typeof data20 !== "string") && (data20 !== null)){
const err58 = {instancePath:instancePath+"/explanation",schemaPath:"#/properties/explanation/type",keyword:"type",params:{type: schema95.properties.explanation.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(typeof data20 === "string"){
if(func1(data20) < 1){
const err59 = {instancePath:instancePath+"/explanation",schemaPath:"#/properties/explanation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data.secretary !== undefined){
let data21 = data.secretary;
if((typeof data21 !== "string") && (data21 !== null)){
const err60 = {instancePath:instancePath+"/secretary",schemaPath:"#/properties/secretary/type",keyword:"type",params:{type: schema95.properties.secretary.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(typeof data21 === "string"){
if(func1(data21) < 1){
const err61 = {instancePath:instancePath+"/secretary",schemaPath:"#/properties/secretary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!pattern39.test(data21)){
const err62 = {instancePath:instancePath+"/secretary",schemaPath:"#/properties/secretary/pattern",keyword:"pattern",params:{pattern: "^\\S(?:[\\s\\S]*\\S)?$"},message:"must match pattern \""+"^\\S(?:[\\s\\S]*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
if(data.promulgation !== undefined){
let data22 = data.promulgation;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key4 in data22){
if(!(((((key4 === "enacted") || (key4 === "promulgated")) || (key4 === "gazette_number")) || (key4 === "supplement_number")) || (key4 === "noreg"))){
const err63 = {instancePath:instancePath+"/promulgation",schemaPath:"#/properties/promulgation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data22.enacted !== undefined){
let data23 = data22.enacted;
if((typeof data23 !== "string") && (data23 !== null)){
const err64 = {instancePath:instancePath+"/promulgation/enacted",schemaPath:"#/properties/promulgation/properties/enacted/type",keyword:"type",params:{type: schema95.properties.promulgation.properties.enacted.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(typeof data23 === "string"){
if(!pattern16.test(data23)){
const err65 = {instancePath:instancePath+"/promulgation/enacted",schemaPath:"#/properties/promulgation/properties/enacted/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data22.promulgated !== undefined){
let data24 = data22.promulgated;
if((typeof data24 !== "string") && (data24 !== null)){
const err66 = {instancePath:instancePath+"/promulgation/promulgated",schemaPath:"#/properties/promulgation/properties/promulgated/type",keyword:"type",params:{type: schema95.properties.promulgation.properties.promulgated.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(typeof data24 === "string"){
if(!pattern16.test(data24)){
const err67 = {instancePath:instancePath+"/promulgation/promulgated",schemaPath:"#/properties/promulgation/properties/promulgated/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
if(data22.gazette_number !== undefined){
let data25 = data22.gazette_number;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
const err68 = {instancePath:instancePath+"/promulgation/gazette_number",schemaPath:"#/properties/promulgation/properties/gazette_number/type",keyword:"type",params:{type: schema95.properties.promulgation.properties.gazette_number.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 1 || isNaN(data25)){
const err69 = {instancePath:instancePath+"/promulgation/gazette_number",schemaPath:"#/properties/promulgation/properties/gazette_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data22.supplement_number !== undefined){
let data26 = data22.supplement_number;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
const err70 = {instancePath:instancePath+"/promulgation/supplement_number",schemaPath:"#/properties/promulgation/properties/supplement_number/type",keyword:"type",params:{type: schema95.properties.promulgation.properties.supplement_number.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 1 || isNaN(data26)){
const err71 = {instancePath:instancePath+"/promulgation/supplement_number",schemaPath:"#/properties/promulgation/properties/supplement_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data22.noreg !== undefined){
let data27 = data22.noreg;
if((typeof data27 !== "string") && (data27 !== null)){
const err72 = {instancePath:instancePath+"/promulgation/noreg",schemaPath:"#/properties/promulgation/properties/noreg/type",keyword:"type",params:{type: schema95.properties.promulgation.properties.noreg.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(typeof data27 === "string"){
if(func1(data27) < 1){
const err73 = {instancePath:instancePath+"/promulgation/noreg",schemaPath:"#/properties/promulgation/properties/noreg/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!pattern39.test(data27)){
const err74 = {instancePath:instancePath+"/promulgation/noreg",schemaPath:"#/properties/promulgation/properties/noreg/pattern",keyword:"pattern",params:{pattern: "^\\S(?:[\\s\\S]*\\S)?$"},message:"must match pattern \""+"^\\S(?:[\\s\\S]*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
}
else {
const err75 = {instancePath:instancePath+"/promulgation",schemaPath:"#/properties/promulgation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.note !== undefined){
let data28 = data.note;
if(typeof data28 === "string"){
if(func1(data28) < 1){
const err76 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const rpjpdUntyped = validate40;
const schema96 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://masterplan.invalid/schemas/rpjpd.schema.json","title":"Rujukan perencanaan RPJPD (RPJPD planning references)","description":"Berkas rpjpd.yaml: visi, misi dan sasaran RPJPD, fokus RPJMD, dan pilar Visi Indonesia Digital 2045, sebagai sasaran keterlacakan program. (rpjpd.yaml: the RPJPD vision, missions and goals, RPJMD focus areas and Visi Indonesia Digital 2045 pillars that programs trace to.)","type":"object","additionalProperties":false,"required":["schema_version","document","vision","missions","goals"],"properties":{"schema_version":{"title":"Versi format (Format version)","const":1},"document":{"title":"Dokumen RPJPD (RPJPD document)","type":"object","additionalProperties":false,"required":["title","regulation"],"properties":{"title":{"title":"Judul (Title)","type":"string","minLength":1},"period":{"title":"Periode RPJPD (RPJPD period)","$ref":"#/$defs/period"},"regulation":{"title":"Peraturan penetapan (Enacting regulation)","description":"Nomor Perda RPJPD; null bila belum diketahui. (Number of the RPJPD Perda; null when unknown.)","type":["string","null"]},"approved":{"title":"Tanggal persetujuan (Approval date)","type":["string","null"],"pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"planning_agency":{"title":"Perangkat daerah perencana (Planning agency)","description":"Kode OPD dari agencies.yaml yang menyediakan dokumen RPJPD; null bila belum diketahui. (Agency id of the planning agency that supplies the RPJPD texts.)","oneOf":[{"$ref":"#/$defs/id"},{"type":"null"}]}}},"vision":{"title":"Visi RPJPD (RPJPD vision)","description":"Teks visi resmi; null bila belum tersedia. (The official vision text; null until supplied.)","type":["string","null"]},"missions":{"title":"Misi RPJPD (RPJPD missions)","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"title":"Kode misi (Mission id)","$ref":"#/$defs/id"},"label":{"title":"Label tercetak (Printed label)","description":"Misalnya \"Misi 1\"; bawaan: nomor urut. (For example \"Misi 1\"; default: the position in the list.)","type":"string","minLength":1},"text":{"title":"Teks misi (Mission text)","type":["string","null"]}}}},"goals":{"title":"Sasaran pokok RPJPD (RPJPD goals)","description":"Slot sasaran yang dirujuk program melalui kolom rpjpd. (Goal slots that programs name in their rpjpd field.)","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","mission","text"],"properties":{"id":{"title":"Kode sasaran (Goal id)","$ref":"#/$defs/id"},"label":{"title":"Label tercetak (Printed label)","description":"Misalnya \"Misi 1\"; bawaan: nomor urut. (For example \"Misi 1\"; default: the position in the list.)","type":"string","minLength":1},"mission":{"title":"Kode misi (Mission id)","$ref":"#/$defs/id"},"text":{"title":"Teks sasaran (Goal text)","type":["string","null"]}}}},"rpjmd":{"title":"RPJMD yang berjalan (Current RPJMD)","type":"object","additionalProperties":false,"required":["title","focus_areas"],"properties":{"title":{"title":"Judul (Title)","type":"string"},"period":{"title":"Periode RPJMD (RPJMD period)","$ref":"#/$defs/period"},"theme":{"title":"Tema (Theme)","type":["string","null"]},"focus_areas":{"title":"Fokus pembangunan (Focus areas)","type":"array","items":{"$ref":"#/$defs/named"}}}},"digital_pillars":{"title":"Pilar Visi Indonesia Digital 2045 (Visi Indonesia Digital 2045 pillars)","type":"array","items":{"$ref":"#/$defs/named"}}},"$defs":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"named":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"title":"Kode (Id)","$ref":"#/$defs/id"},"name":{"title":"Nama (Name)","type":"string","minLength":1}}},"period":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"title":"Tahun awal (First year)","type":"integer","minimum":1945,"maximum":2200},"end":{"title":"Tahun akhir (Last year)","type":"integer","minimum":1945,"maximum":2200}}}}};
const schema97 = {"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"title":"Tahun awal (First year)","type":"integer","minimum":1945,"maximum":2200},"end":{"title":"Tahun akhir (Last year)","type":"integer","minimum":1945,"maximum":2200}}};
const schema98 = {"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"};
const schema103 = {"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"title":"Kode (Id)","$ref":"#/$defs/id"},"name":{"title":"Nama (Name)","type":"string","minLength":1}}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "name"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://masterplan.invalid/schemas/rpjpd.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.document === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.vision === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vision"},message:"must have required property '"+"vision"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.missions === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "missions"},message:"must have required property '"+"missions"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.goals === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "goals"},message:"must have required property '"+"goals"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "schema_version") || (key0 === "document")) || (key0 === "vision")) || (key0 === "missions")) || (key0 === "goals")) || (key0 === "rpjmd")) || (key0 === "digital_pillars"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err6 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.document !== undefined){
let data1 = data.document;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.title === undefined){
const err7 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.regulation === undefined){
const err8 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/required",keyword:"required",params:{missingProperty: "regulation"},message:"must have required property '"+"regulation"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!(((((key1 === "title") || (key1 === "period")) || (key1 === "regulation")) || (key1 === "approved")) || (key1 === "planning_agency"))){
const err9 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.title !== undefined){
let data2 = data1.title;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/document/title",schemaPath:"#/properties/document/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/document/title",schemaPath:"#/properties/document/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.period !== undefined){
let data3 = data1.period;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.start === undefined){
const err12 = {instancePath:instancePath+"/document/period",schemaPath:"#/$defs/period/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.end === undefined){
const err13 = {instancePath:instancePath+"/document/period",schemaPath:"#/$defs/period/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "start") || (key2 === "end"))){
const err14 = {instancePath:instancePath+"/document/period",schemaPath:"#/$defs/period/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.start !== undefined){
let data4 = data3.start;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/document/period/start",schemaPath:"#/$defs/period/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2200 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/document/period/start",schemaPath:"#/$defs/period/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4 < 1945 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/document/period/start",schemaPath:"#/$defs/period/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data3.end !== undefined){
let data5 = data3.end;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err18 = {instancePath:instancePath+"/document/period/end",schemaPath:"#/$defs/period/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2200 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/document/period/end",schemaPath:"#/$defs/period/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5 < 1945 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/document/period/end",schemaPath:"#/$defs/period/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/document/period",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.regulation !== undefined){
let data6 = data1.regulation;
if((typeof data6 !== "string") && (data6 !== null)){
const err22 = {instancePath:instancePath+"/document/regulation",schemaPath:"#/properties/document/properties/regulation/type",keyword:"type",params:{type: schema96.properties.document.properties.regulation.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data1.approved !== undefined){
let data7 = data1.approved;
if((typeof data7 !== "string") && (data7 !== null)){
const err23 = {instancePath:instancePath+"/document/approved",schemaPath:"#/properties/document/properties/approved/type",keyword:"type",params:{type: schema96.properties.document.properties.approved.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data7 === "string"){
if(!pattern16.test(data7)){
const err24 = {instancePath:instancePath+"/document/approved",schemaPath:"#/properties/document/properties/approved/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data1.planning_agency !== undefined){
let data8 = data1.planning_agency;
const _errs21 = errors;
let valid4 = false;
let passing0 = null;
const _errs22 = errors;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err25 = {instancePath:instancePath+"/document/planning_agency",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/document/planning_agency",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs25 = errors;
if(data8 !== null){
const err27 = {instancePath:instancePath+"/document/planning_agency",schemaPath:"#/properties/document/properties/planning_agency/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err28 = {instancePath:instancePath+"/document/planning_agency",schemaPath:"#/properties/document/properties/planning_agency/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err29 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.vision !== undefined){
let data9 = data.vision;
if((typeof data9 !== "string") && (data9 !== null)){
const err30 = {instancePath:instancePath+"/vision",schemaPath:"#/properties/vision/type",keyword:"type",params:{type: schema96.properties.vision.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.missions !== undefined){
let data10 = data.missions;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.id === undefined){
const err31 = {instancePath:instancePath+"/missions/" + i0,schemaPath:"#/properties/missions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data11.text === undefined){
const err32 = {instancePath:instancePath+"/missions/" + i0,schemaPath:"#/properties/missions/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key3 in data11){
if(!(((key3 === "id") || (key3 === "label")) || (key3 === "text"))){
const err33 = {instancePath:instancePath+"/missions/" + i0,schemaPath:"#/properties/missions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data11.id !== undefined){
let data12 = data11.id;
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err34 = {instancePath:instancePath+"/missions/" + i0+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/missions/" + i0+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.label !== undefined){
let data13 = data11.label;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err36 = {instancePath:instancePath+"/missions/" + i0+"/label",schemaPath:"#/properties/missions/items/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/missions/" + i0+"/label",schemaPath:"#/properties/missions/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.text !== undefined){
let data14 = data11.text;
if((typeof data14 !== "string") && (data14 !== null)){
const err38 = {instancePath:instancePath+"/missions/" + i0+"/text",schemaPath:"#/properties/missions/items/properties/text/type",keyword:"type",params:{type: schema96.properties.missions.items.properties.text.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/missions/" + i0,schemaPath:"#/properties/missions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/missions",schemaPath:"#/properties/missions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.goals !== undefined){
let data15 = data.goals;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.id === undefined){
const err41 = {instancePath:instancePath+"/goals/" + i1,schemaPath:"#/properties/goals/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16.mission === undefined){
const err42 = {instancePath:instancePath+"/goals/" + i1,schemaPath:"#/properties/goals/items/required",keyword:"required",params:{missingProperty: "mission"},message:"must have required property '"+"mission"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.text === undefined){
const err43 = {instancePath:instancePath+"/goals/" + i1,schemaPath:"#/properties/goals/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key4 in data16){
if(!((((key4 === "id") || (key4 === "label")) || (key4 === "mission")) || (key4 === "text"))){
const err44 = {instancePath:instancePath+"/goals/" + i1,schemaPath:"#/properties/goals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data16.id !== undefined){
let data17 = data16.id;
if(typeof data17 === "string"){
if(!pattern4.test(data17)){
const err45 = {instancePath:instancePath+"/goals/" + i1+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/goals/" + i1+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data16.label !== undefined){
let data18 = data16.label;
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err47 = {instancePath:instancePath+"/goals/" + i1+"/label",schemaPath:"#/properties/goals/items/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/goals/" + i1+"/label",schemaPath:"#/properties/goals/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data16.mission !== undefined){
let data19 = data16.mission;
if(typeof data19 === "string"){
if(!pattern4.test(data19)){
const err49 = {instancePath:instancePath+"/goals/" + i1+"/mission",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/goals/" + i1+"/mission",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data16.text !== undefined){
let data20 = data16.text;
if((typeof data20 !== "string") && (data20 !== null)){
const err51 = {instancePath:instancePath+"/goals/" + i1+"/text",schemaPath:"#/properties/goals/items/properties/text/type",keyword:"type",params:{type: schema96.properties.goals.items.properties.text.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/goals/" + i1,schemaPath:"#/properties/goals/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/goals",schemaPath:"#/properties/goals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.rpjmd !== undefined){
let data21 = data.rpjmd;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.title === undefined){
const err54 = {instancePath:instancePath+"/rpjmd",schemaPath:"#/properties/rpjmd/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data21.focus_areas === undefined){
const err55 = {instancePath:instancePath+"/rpjmd",schemaPath:"#/properties/rpjmd/required",keyword:"required",params:{missingProperty: "focus_areas"},message:"must have required property '"+"focus_areas"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key5 in data21){
if(!((((key5 === "title") || (key5 === "period")) || (key5 === "theme")) || (key5 === "focus_areas"))){
const err56 = {instancePath:instancePath+"/rpjmd",schemaPath:"#/properties/rpjmd/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data21.title !== undefined){
if(typeof data21.title !== "string"){
const err57 = {instancePath:instancePath+"/rpjmd/title",schemaPath:"#/properties/rpjmd/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data21.period !== undefined){
let data23 = data21.period;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.start === undefined){
const err58 = {instancePath:instancePath+"/rpjmd/period",schemaPath:"#/$defs/period/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data23.end === undefined){
const err59 = {instancePath:instancePath+"/rpjmd/period",schemaPath:"#/$defs/period/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key6 in data23){
if(!((key6 === "start") || (key6 === "end"))){
const err60 = {instancePath:instancePath+"/rpjmd/period",schemaPath:"#/$defs/period/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data23.start !== undefined){
let data24 = data23.start;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err61 = {instancePath:instancePath+"/rpjmd/period/start",schemaPath:"#/$defs/period/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 2200 || isNaN(data24)){
const err62 = {instancePath:instancePath+"/rpjmd/period/start",schemaPath:"#/$defs/period/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data24 < 1945 || isNaN(data24)){
const err63 = {instancePath:instancePath+"/rpjmd/period/start",schemaPath:"#/$defs/period/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data23.end !== undefined){
let data25 = data23.end;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err64 = {instancePath:instancePath+"/rpjmd/period/end",schemaPath:"#/$defs/period/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 2200 || isNaN(data25)){
const err65 = {instancePath:instancePath+"/rpjmd/period/end",schemaPath:"#/$defs/period/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data25 < 1945 || isNaN(data25)){
const err66 = {instancePath:instancePath+"/rpjmd/period/end",schemaPath:"#/$defs/period/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1945},message:"must be >= 1945"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
}
else {
const err67 = {instancePath:instancePath+"/rpjmd/period",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data21.theme !== undefined){
let data26 = data21.theme;
if((typeof data26 !== "string") && (data26 !== null)){
const err68 = {instancePath:instancePath+"/rpjmd/theme",schemaPath:"#/properties/rpjmd/properties/theme/type",keyword:"type",params:{type: schema96.properties.rpjmd.properties.theme.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data21.focus_areas !== undefined){
let data27 = data21.focus_areas;
if(Array.isArray(data27)){
const len2 = data27.length;
for(let i2=0; i2<len2; i2++){
if(!(validate41(data27[i2], {instancePath:instancePath+"/rpjmd/focus_areas/" + i2,parentData:data27,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
}
else {
const err69 = {instancePath:instancePath+"/rpjmd/focus_areas",schemaPath:"#/properties/rpjmd/properties/focus_areas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/rpjmd",schemaPath:"#/properties/rpjmd/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.digital_pillars !== undefined){
let data29 = data.digital_pillars;
if(Array.isArray(data29)){
const len3 = data29.length;
for(let i3=0; i3<len3; i3++){
if(!(validate41(data29[i3], {instancePath:instancePath+"/digital_pillars/" + i3,parentData:data29,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
}
else {
const err71 = {instancePath:instancePath+"/digital_pillars",schemaPath:"#/properties/digital_pillars/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const swotUntyped = validate44;
const schema105 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://masterplan.invalid/schemas/swot.schema.json","title":"Analisis SWOT (SWOT analysis)","description":"Berkas swot.yaml: kekuatan, kelemahan, peluang dan ancaman, serta strategi SO, ST, WO dan WT yang memadukan faktor-faktor itu dan dijalankan oleh program. (swot.yaml: strengths, weaknesses, opportunities and threats, and the SO, ST, WO and WT strategies that combine them and the programs that carry them out.)","type":"object","additionalProperties":false,"required":["schema_version","strengths","weaknesses","opportunities","threats","strategies"],"properties":{"schema_version":{"title":"Versi format (Format version)","const":1},"strengths":{"title":"Kekuatan (Strengths)","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"title":"Kode faktor (Factor id)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"text":{"title":"Uraian (Text)","type":"string","minLength":1}}}},"weaknesses":{"title":"Kelemahan (Weaknesses)","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"title":"Kode faktor (Factor id)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"text":{"title":"Uraian (Text)","type":"string","minLength":1}}}},"opportunities":{"title":"Peluang (Opportunities)","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"title":"Kode faktor (Factor id)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"text":{"title":"Uraian (Text)","type":"string","minLength":1}}}},"threats":{"title":"Ancaman (Threats)","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"title":"Kode faktor (Factor id)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"text":{"title":"Uraian (Text)","type":"string","minLength":1}}}},"strategies":{"title":"Strategi (Strategies)","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","kind","text","factors","programs"],"properties":{"id":{"title":"Kode strategi (Strategy id)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"kind":{"title":"Jenis (Kind)","description":"SO: kekuatan untuk peluang; ST: kekuatan menghadapi ancaman; WO: peluang untuk mengatasi kelemahan; WT: mengurangi kelemahan dan menghindari ancaman.","enum":["SO","ST","WO","WT"]},"text":{"title":"Strategi (Strategy)","type":"string","minLength":1},"factors":{"title":"Faktor yang dipadukan (Factors combined)","description":"Kode faktor SWOT sesuai jenis strategi. (Factor ids matching the strategy's kind.)","type":"array","minItems":1,"items":{"type":"string"}},"programs":{"title":"Program yang menjalankan (Programs that carry it out)","type":"array","items":{"type":"string"}}}}},"proposed":{"title":"Strategi usulan penyusun (Strategies proposed by the drafting team)","description":"true bila strategi masih usulan tim penyusun yang belum dibahas; dokumen menandainya. (true while the strategies are the drafting team's proposal; the document says so.)","type":"boolean"}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://masterplan.invalid/schemas/swot.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.strengths === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "strengths"},message:"must have required property '"+"strengths"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.weaknesses === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weaknesses"},message:"must have required property '"+"weaknesses"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.opportunities === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "opportunities"},message:"must have required property '"+"opportunities"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.threats === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "threats"},message:"must have required property '"+"threats"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.strategies === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "strategies"},message:"must have required property '"+"strategies"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "schema_version") || (key0 === "strengths")) || (key0 === "weaknesses")) || (key0 === "opportunities")) || (key0 === "threats")) || (key0 === "strategies")) || (key0 === "proposed"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(1 !== data.schema_version){
const err7 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.strengths !== undefined){
let data1 = data.strengths;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err8 = {instancePath:instancePath+"/strengths/" + i0,schemaPath:"#/properties/strengths/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.text === undefined){
const err9 = {instancePath:instancePath+"/strengths/" + i0,schemaPath:"#/properties/strengths/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "id") || (key1 === "text"))){
const err10 = {instancePath:instancePath+"/strengths/" + i0,schemaPath:"#/properties/strengths/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err11 = {instancePath:instancePath+"/strengths/" + i0+"/id",schemaPath:"#/properties/strengths/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/strengths/" + i0+"/id",schemaPath:"#/properties/strengths/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.text !== undefined){
let data4 = data2.text;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err13 = {instancePath:instancePath+"/strengths/" + i0+"/text",schemaPath:"#/properties/strengths/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/strengths/" + i0+"/text",schemaPath:"#/properties/strengths/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/strengths/" + i0,schemaPath:"#/properties/strengths/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/strengths",schemaPath:"#/properties/strengths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.weaknesses !== undefined){
let data5 = data.weaknesses;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.id === undefined){
const err17 = {instancePath:instancePath+"/weaknesses/" + i1,schemaPath:"#/properties/weaknesses/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.text === undefined){
const err18 = {instancePath:instancePath+"/weaknesses/" + i1,schemaPath:"#/properties/weaknesses/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data6){
if(!((key2 === "id") || (key2 === "text"))){
const err19 = {instancePath:instancePath+"/weaknesses/" + i1,schemaPath:"#/properties/weaknesses/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.id !== undefined){
let data7 = data6.id;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err20 = {instancePath:instancePath+"/weaknesses/" + i1+"/id",schemaPath:"#/properties/weaknesses/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/weaknesses/" + i1+"/id",schemaPath:"#/properties/weaknesses/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.text !== undefined){
let data8 = data6.text;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err22 = {instancePath:instancePath+"/weaknesses/" + i1+"/text",schemaPath:"#/properties/weaknesses/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/weaknesses/" + i1+"/text",schemaPath:"#/properties/weaknesses/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/weaknesses/" + i1,schemaPath:"#/properties/weaknesses/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/weaknesses",schemaPath:"#/properties/weaknesses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.opportunities !== undefined){
let data9 = data.opportunities;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.id === undefined){
const err26 = {instancePath:instancePath+"/opportunities/" + i2,schemaPath:"#/properties/opportunities/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data10.text === undefined){
const err27 = {instancePath:instancePath+"/opportunities/" + i2,schemaPath:"#/properties/opportunities/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key3 in data10){
if(!((key3 === "id") || (key3 === "text"))){
const err28 = {instancePath:instancePath+"/opportunities/" + i2,schemaPath:"#/properties/opportunities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.id !== undefined){
let data11 = data10.id;
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err29 = {instancePath:instancePath+"/opportunities/" + i2+"/id",schemaPath:"#/properties/opportunities/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/opportunities/" + i2+"/id",schemaPath:"#/properties/opportunities/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.text !== undefined){
let data12 = data10.text;
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err31 = {instancePath:instancePath+"/opportunities/" + i2+"/text",schemaPath:"#/properties/opportunities/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/opportunities/" + i2+"/text",schemaPath:"#/properties/opportunities/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/opportunities/" + i2,schemaPath:"#/properties/opportunities/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/opportunities",schemaPath:"#/properties/opportunities/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.threats !== undefined){
let data13 = data.threats;
if(Array.isArray(data13)){
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
let data14 = data13[i3];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.id === undefined){
const err35 = {instancePath:instancePath+"/threats/" + i3,schemaPath:"#/properties/threats/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data14.text === undefined){
const err36 = {instancePath:instancePath+"/threats/" + i3,schemaPath:"#/properties/threats/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key4 in data14){
if(!((key4 === "id") || (key4 === "text"))){
const err37 = {instancePath:instancePath+"/threats/" + i3,schemaPath:"#/properties/threats/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data14.id !== undefined){
let data15 = data14.id;
if(typeof data15 === "string"){
if(!pattern4.test(data15)){
const err38 = {instancePath:instancePath+"/threats/" + i3+"/id",schemaPath:"#/properties/threats/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/threats/" + i3+"/id",schemaPath:"#/properties/threats/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data14.text !== undefined){
let data16 = data14.text;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err40 = {instancePath:instancePath+"/threats/" + i3+"/text",schemaPath:"#/properties/threats/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/threats/" + i3+"/text",schemaPath:"#/properties/threats/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/threats/" + i3,schemaPath:"#/properties/threats/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/threats",schemaPath:"#/properties/threats/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.strategies !== undefined){
let data17 = data.strategies;
if(Array.isArray(data17)){
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
let data18 = data17[i4];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.id === undefined){
const err44 = {instancePath:instancePath+"/strategies/" + i4,schemaPath:"#/properties/strategies/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data18.kind === undefined){
const err45 = {instancePath:instancePath+"/strategies/" + i4,schemaPath:"#/properties/strategies/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data18.text === undefined){
const err46 = {instancePath:instancePath+"/strategies/" + i4,schemaPath:"#/properties/strategies/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data18.factors === undefined){
const err47 = {instancePath:instancePath+"/strategies/" + i4,schemaPath:"#/properties/strategies/items/required",keyword:"required",params:{missingProperty: "factors"},message:"must have required property '"+"factors"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data18.programs === undefined){
const err48 = {instancePath:instancePath+"/strategies/" + i4,schemaPath:"#/properties/strategies/items/required",keyword:"required",params:{missingProperty: "programs"},message:"must have required property '"+"programs"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key5 in data18){
if(!(((((key5 === "id") || (key5 === "kind")) || (key5 === "text")) || (key5 === "factors")) || (key5 === "programs"))){
const err49 = {instancePath:instancePath+"/strategies/" + i4,schemaPath:"#/properties/strategies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data18.id !== undefined){
let data19 = data18.id;
if(typeof data19 === "string"){
if(!pattern4.test(data19)){
const err50 = {instancePath:instancePath+"/strategies/" + i4+"/id",schemaPath:"#/properties/strategies/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/strategies/" + i4+"/id",schemaPath:"#/properties/strategies/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data18.kind !== undefined){
let data20 = data18.kind;
if(!((((data20 === "SO") || (data20 === "ST")) || (data20 === "WO")) || (data20 === "WT"))){
const err52 = {instancePath:instancePath+"/strategies/" + i4+"/kind",schemaPath:"#/properties/strategies/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema105.properties.strategies.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data18.text !== undefined){
let data21 = data18.text;
if(typeof data21 === "string"){
if(func1(data21) < 1){
const err53 = {instancePath:instancePath+"/strategies/" + i4+"/text",schemaPath:"#/properties/strategies/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/strategies/" + i4+"/text",schemaPath:"#/properties/strategies/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data18.factors !== undefined){
let data22 = data18.factors;
if(Array.isArray(data22)){
if(data22.length < 1){
const err55 = {instancePath:instancePath+"/strategies/" + i4+"/factors",schemaPath:"#/properties/strategies/items/properties/factors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
const len5 = data22.length;
for(let i5=0; i5<len5; i5++){
if(typeof data22[i5] !== "string"){
const err56 = {instancePath:instancePath+"/strategies/" + i4+"/factors/" + i5,schemaPath:"#/properties/strategies/items/properties/factors/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/strategies/" + i4+"/factors",schemaPath:"#/properties/strategies/items/properties/factors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data18.programs !== undefined){
let data24 = data18.programs;
if(Array.isArray(data24)){
const len6 = data24.length;
for(let i6=0; i6<len6; i6++){
if(typeof data24[i6] !== "string"){
const err58 = {instancePath:instancePath+"/strategies/" + i4+"/programs/" + i6,schemaPath:"#/properties/strategies/items/properties/programs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/strategies/" + i4+"/programs",schemaPath:"#/properties/strategies/items/properties/programs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/strategies/" + i4,schemaPath:"#/properties/strategies/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/strategies",schemaPath:"#/properties/strategies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.proposed !== undefined){
if(typeof data.proposed !== "boolean"){
const err62 = {instancePath:instancePath+"/proposed",schemaPath:"#/properties/proposed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const agencies = agenciesUntyped as unknown as ValidateFunction<AgenciesInput>;
export const chapter = chapterUntyped as unknown as ValidateFunction<ChapterInput>;
export const dimension = dimensionUntyped as unknown as ValidateFunction<DimensionInput>;
export const glossary = glossaryUntyped as unknown as ValidateFunction<GlossaryInput>;
export const locale = localeUntyped as unknown as ValidateFunction<LocaleInput>;
export const manifest = manifestUntyped as unknown as ValidateFunction<ManifestInput>;
export const program = programUntyped as unknown as ValidateFunction<ProgramInput>;
export const readiness = readinessUntyped as unknown as ValidateFunction<ReadinessInput>;
export const regulation = regulationUntyped as unknown as ValidateFunction<RegulationInput>;
export const rpjpd = rpjpdUntyped as unknown as ValidateFunction<RpjpdInput>;
export const swot = swotUntyped as unknown as ValidateFunction<SwotInput>;
