/* DO NOT EDIT: generated from templates/default/ by `npm run gen:templates`. */
// @ts-nocheck
export const COMPILE_OPTIONS = {"strict":true,"noEscape":false,"preventIndent":true} as const;

/** Handlebars 4.7.10: each bundled template's compiled form, by the SHA-256 of its text. */
export const PRECOMPILED: Record<string, unknown> = {
  // kesiapan.hbs
  "25eb0fe9c8c4ce27c553798b60221bfecc97c194f324ca661ed1d57e19e71d10": {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"note\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":19,"column":35},"end":{"line":19,"column":36}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"kesiapan.source",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":33},"end":{"line":19,"column":56}}}))
    + "</p>";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"block-readiness"),depth0,{"name":"block-readiness","hash":{"captions":lookupProperty(lookupProperty(depth0,"readiness"),"captions"),"readiness":lookupProperty(depth0,"readiness")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"draft"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":8},"end":{"line":27,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),(lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":26,"column":19},"end":{"line":26,"column":20}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"kesiapan.none",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":26,"column":18},"end":{"line":26,"column":37}}}),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4((((helper = lookupProperty(helpers,"lang") || alias1(depth0, "lang", {"start":{"line":2,"column":14},"end":{"line":2,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\" data-continued=\""
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":40},"end":{"line":2,"column":41}} )).call(alias2,"continued",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":38},"end":{"line":2,"column":55}}}))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":9},"end":{"line":5,"column":10}} )).call(alias2,"documents.kesiapan",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":7},"end":{"line":5,"column":33}}}))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":5,"column":36},"end":{"line":5,"column":41}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":5,"column":34},"end":{"line":5,"column":43}}}) : helper)))
    + "</title>\n<meta name=\"author\" content=\""
    + alias4(container.lambda(alias1(lookupProperty(depth0,"metadata"), "author", {"start":{"line":6,"column":31},"end":{"line":6,"column":46}} ), depth0))
    + "\">\n<meta name=\"description\" content=\""
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":36},"end":{"line":7,"column":37}} )).call(alias2,"documents.kesiapan",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":34},"end":{"line":7,"column":60}}}))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":7,"column":63},"end":{"line":7,"column":68}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":7,"column":61},"end":{"line":7,"column":70}}}) : helper)))
    + "\">\n<meta name=\"keywords\" content=\""
    + alias4((lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":8,"column":33},"end":{"line":8,"column":37}} )).call(alias2,lookupProperty(lookupProperty(depth0,"metadata"),"keywords"),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":8,"column":31},"end":{"line":8,"column":62}}}))
    + "\">\n<meta name=\"generator\" content=\"masterplan\">\n<style>\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"styles") || alias1(depth0, "styles", {"start":{"line":11,"column":3},"end":{"line":11,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"styles","hash":{},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n</style>\n</head>\n<body class=\"booklet\">\n<header class=\"summary-heading\">\n  <h1 id=\"kesiapan\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":16,"column":22},"end":{"line":16,"column":23}} )).call(alias2,"kesiapan.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":20},"end":{"line":16,"column":42}}}))
    + "</h1>\n  <div class=\"summary-subtitle\">"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":17,"column":34},"end":{"line":17,"column":38}} )).call(alias2,lookupProperty(depth0,"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":17,"column":32},"end":{"line":17,"column":46}}}))
    + "</div>\n</header>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"readiness"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":19,"column":67}}})) != null ? stack1 : "")
    + "\n<h2 id=\"kesiapan-wilayah\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":20,"column":28},"end":{"line":20,"column":29}} )).call(alias2,"kesiapan.facts",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":20,"column":26},"end":{"line":20,"column":48}}}))
    + "</h2>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"block-region-facts"),depth0,{"name":"block-region-facts","hash":{"rows":lookupProperty(lookupProperty(depth0,"booklet"),"facts"),"caption":lookupProperty(lookupProperty(depth0,"booklet"),"caption")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<h2 id=\"kesiapan-penilaian\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":22,"column":30},"end":{"line":22,"column":31}} )).call(alias2,"kesiapan.scores",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":22,"column":28},"end":{"line":22,"column":51}}}))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"readiness"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":27,"column":14}}})) != null ? stack1 : "")
    + "\n</body>\n</html>\n";
},"usePartial":true,"useData":true},
  // layout.hbs
  "40015bdb5fe0c1f419ea2567097b2c6a60b64a46f308cced37cecce844a97985": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"glossary"),lookupProperty(depth0,"glossary"),{"name":"glossary","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"chapter"),depth0,{"name":"chapter","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"changes"),lookupProperty(depth0,"changes"),{"name":"changes","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4((((helper = lookupProperty(helpers,"lang") || alias1(depth0, "lang", {"start":{"line":2,"column":14},"end":{"line":2,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\" data-continued=\""
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":40},"end":{"line":2,"column":41}} )).call(alias2,"continued",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":38},"end":{"line":2,"column":55}}}))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":5,"column":9},"end":{"line":5,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":5,"column":7},"end":{"line":5,"column":16}}}) : helper)))
    + "</title>\n<meta name=\"author\" content=\""
    + alias4(alias5(alias1(lookupProperty(depth0,"metadata"), "author", {"start":{"line":6,"column":31},"end":{"line":6,"column":46}} ), depth0))
    + "\">\n<meta name=\"description\" content=\""
    + alias4(alias5(alias1(lookupProperty(depth0,"metadata"), "subject", {"start":{"line":7,"column":36},"end":{"line":7,"column":52}} ), depth0))
    + "\">\n<meta name=\"keywords\" content=\""
    + alias4((lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":8,"column":33},"end":{"line":8,"column":37}} )).call(alias2,lookupProperty(lookupProperty(depth0,"metadata"),"keywords"),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":8,"column":31},"end":{"line":8,"column":62}}}))
    + "\">\n<meta name=\"generator\" content=\"masterplan\">\n<style>\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"styles") || alias1(depth0, "styles", {"start":{"line":11,"column":3},"end":{"line":11,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"styles","hash":{},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n</style>\n</head>\n<body>\n<header class=\"lampiran-heading\">\n  <table>\n    <tr><td class=\"line\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"heading"), "lampiran", {"start":{"line":17,"column":27},"end":{"line":17,"column":43}} ), depth0))
    + "</td></tr>\n    <tr><td class=\"line\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"heading"), "regulation", {"start":{"line":18,"column":27},"end":{"line":18,"column":45}} ), depth0))
    + "</td></tr>\n    <tr><td class=\"line\">NOMOR "
    + alias4((lookupProperty(helpers,"blank")||alias1(depth0, "blank", {"start":{"line":19,"column":33},"end":{"line":19,"column":38}} )).call(alias2,lookupProperty(lookupProperty(depth0,"heading"),"number"),{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":19,"column":31},"end":{"line":19,"column":55}}}))
    + " TAHUN "
    + alias4((lookupProperty(helpers,"blank")||alias1(depth0, "blank", {"start":{"line":19,"column":64},"end":{"line":19,"column":69}} )).call(alias2,lookupProperty(lookupProperty(depth0,"heading"),"year"),{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":19,"column":62},"end":{"line":19,"column":84}}}))
    + "</td></tr>\n    <tr><td class=\"line\">TENTANG</td></tr>\n    <tr><td>"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":21,"column":14},"end":{"line":21,"column":18}} )).call(alias2,lookupProperty(lookupProperty(depth0,"heading"),"about"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":21,"column":12},"end":{"line":21,"column":34}}}))
    + "</td></tr>\n  </table>\n</header>\n<div class=\"attachment-name\">"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":24,"column":31},"end":{"line":24,"column":35}} )).call(alias2,lookupProperty(depth0,"attachmentName"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":24,"column":29},"end":{"line":24,"column":52}}}))
    + "</div>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"toc"),depth0,{"name":"toc","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":26,"column":7},"end":{"line":26,"column":13}} )).call(alias2,lookupProperty(lookupProperty(depth0,"glossary"),"entries"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":26,"column":6},"end":{"line":26,"column":31}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":26,"column":63}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"chapters"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":29,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"changes"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":30,"column":43}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"signature"),depth0,{"name":"signature","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"certified-copy"),depth0,{"name":"certified-copy","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</body>\n</html>\n";
},"usePartial":true,"useData":true},
  // partials/block-budget.hbs
  "b8320adb58a945359f6aadf263e30b830b17cacd0cdd3dde1898442e3951eb00": {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<th>"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":3,"column":52},"end":{"line":3,"column":56}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":3,"column":50},"end":{"line":3,"column":63}}}))
    + "</th>";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":40}}})) != null ? stack1 : "")
    + ">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(data,"last"),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":199}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><th scope=\"row\">"
    + alias3((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":7,"column":26},"end":{"line":7,"column":31}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":7,"column":24},"end":{"line":7,"column":33}}}) : helper)))
    + "</th>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"cells"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":38},"end":{"line":7,"column":88}}})) != null ? stack1 : "")
    + "<td><strong>"
    + alias3((lookupProperty(helpers,"millions")||alias1(depth0, "millions", {"start":{"line":7,"column":102},"end":{"line":7,"column":110}} )).call(alias2,lookupProperty(depth0,"total"),{"name":"millions","hash":{},"data":data,"loc":{"start":{"line":7,"column":100},"end":{"line":7,"column":118}}}))
    + "</strong></td></tr>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td>"
    + container.escapeExpression((lookupProperty(helpers,"millions")||container.strict(depth0, "millions", {"start":{"line":7,"column":59},"end":{"line":7,"column":67}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"millions","hash":{},"data":data,"loc":{"start":{"line":7,"column":57},"end":{"line":7,"column":74}}}))
    + "</td>";
},"5":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr class=\"total\"><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":9,"column":39},"end":{"line":9,"column":40}} )).call(alias2,"total",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":37},"end":{"line":9,"column":50}}}))
    + "</th>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depths[1],"matrix"),"totals"),{"name":"each","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":55},"end":{"line":9,"column":133}}})) != null ? stack1 : "")
    + "<td><strong>"
    + alias3((lookupProperty(helpers,"millions")||alias1(depth0, "millions", {"start":{"line":9,"column":147},"end":{"line":9,"column":155}} )).call(alias2,lookupProperty(lookupProperty(depths[1],"matrix"),"total"),{"name":"millions","hash":{},"data":data,"loc":{"start":{"line":9,"column":145},"end":{"line":9,"column":173}}}))
    + "</strong></td></tr>";
},"6":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td><strong>"
    + container.escapeExpression((lookupProperty(helpers,"millions")||container.strict(depth0, "millions", {"start":{"line":9,"column":95},"end":{"line":9,"column":103}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"millions","hash":{},"data":data,"loc":{"start":{"line":9,"column":93},"end":{"line":9,"column":110}}}))
    + "</strong></td>";
},"7":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":13,"column":70},"end":{"line":13,"column":71}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.incompleteNote",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":68},"end":{"line":13,"column":97}}}));
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":139},"end":{"line":13,"column":140}} )).call(alias2,"total",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":137},"end":{"line":13,"column":150}}}))
    + ": "
    + alias3((lookupProperty(helpers,"amount")||alias1(depth0, "amount", {"start":{"line":13,"column":154},"end":{"line":13,"column":160}} )).call(alias2,lookupProperty(lookupProperty(depth0,"matrix"),"total"),{"name":"amount","hash":{},"data":data,"loc":{"start":{"line":13,"column":152},"end":{"line":13,"column":175}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(depth0,"matrix"),"total"),"complete"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":175},"end":{"line":13,"column":251}}})) != null ? stack1 : "")
    + ".";
},"9":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (<em>"
    + container.escapeExpression((lookupProperty(helpers,"amountWords")||container.strict(depth0, "amountWords", {"start":{"line":13,"column":212},"end":{"line":13,"column":223}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"matrix"),"total"),{"name":"amountWords","hash":{},"data":data,"loc":{"start":{"line":13,"column":210},"end":{"line":13,"column":238}}}))
    + "</em>)";
},"10":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":13,"column":262},"end":{"line":13,"column":263}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.totalUnknown",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":260},"end":{"line":13,"column":287}}}));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid numbers matrix small\">\n  <thead><tr><th></th>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"matrix"),"columns"),{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":22},"end":{"line":3,"column":77}}})) != null ? stack1 : "")
    + "<th>"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":3,"column":83},"end":{"line":3,"column":84}} )).call(alias1,"total",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":81},"end":{"line":3,"column":94}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(lookupProperty(helpers,"rowGroups")||alias2(depth0, "rowGroups", {"start":{"line":4,"column":11},"end":{"line":4,"column":20}} )).call(alias1,lookupProperty(lookupProperty(depth0,"matrix"),"rows"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":4,"column":10},"end":{"line":4,"column":33}}}),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":11,"column":11}}})) != null ? stack1 : "")
    + "</table>\n<p class=\"note\">"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":13,"column":18},"end":{"line":13,"column":19}} )).call(alias1,"labels.millionsNote",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":16},"end":{"line":13,"column":43}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"starred")||alias2(depth0, "starred", {"start":{"line":13,"column":50},"end":{"line":13,"column":57}} )).call(alias1,lookupProperty(depth0,"matrix"),{"name":"starred","hash":{},"data":data,"loc":{"start":{"line":13,"column":49},"end":{"line":13,"column":65}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":43},"end":{"line":13,"column":104}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"knownPart")||alias2(depth0, "knownPart", {"start":{"line":13,"column":112},"end":{"line":13,"column":121}} )).call(alias1,lookupProperty(lookupProperty(depth0,"matrix"),"total"),{"name":"knownPart","hash":{},"data":data,"loc":{"start":{"line":13,"column":111},"end":{"line":13,"column":135}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0, blockParams, depths),"inverse":container.program(10, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":13,"column":105},"end":{"line":13,"column":294}}})) != null ? stack1 : "")
    + "</p>\n";
},"usePartial":true,"useData":true,"useDepths":true},
  // partials/block-coordinators.hbs
  "c295511a385c5f55de8a6283cc4090e08a706b57f177ce0da525e9d9cffbab28": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":40}}})) != null ? stack1 : "")
    + ">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":91}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"2":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":6,"column":26},"end":{"line":6,"column":30}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":6,"column":24},"end":{"line":6,"column":37}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"agencyName")||alias1(depth0, "agencyName", {"start":{"line":6,"column":48},"end":{"line":6,"column":58}} )).call(alias2,lookupProperty(depth0,"coordinator"),{"name":"agencyName","hash":{},"data":data,"loc":{"start":{"line":6,"column":46},"end":{"line":6,"column":72}}}))
    + "</td></tr>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":19},"end":{"line":3,"column":20}} )).call(alias2,"labels.dimension",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":17},"end":{"line":3,"column":41}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":52},"end":{"line":3,"column":53}} )).call(alias2,"labels.coordinator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":50},"end":{"line":3,"column":76}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":4,"column":11},"end":{"line":4,"column":20}} )).call(alias2,lookupProperty(depth0,"dimensions"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":4,"column":10},"end":{"line":4,"column":32}}}),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "</table>\n";
},"usePartial":true,"useData":true},
  // partials/block-dimensions.hbs
  "55deb841453ad046bb74c548d39d02993c3ec14d6cbb4be82f5deb4762c02251": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":75}}})) != null ? stack1 : "")
    + "\n<p><strong>"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":3,"column":13},"end":{"line":3,"column":14}} )).call(alias1,"labels.coordinator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":11},"end":{"line":3,"column":37}}}))
    + ":</strong> "
    + alias3((lookupProperty(helpers,"agencyName")||alias2(depth0, "agencyName", {"start":{"line":3,"column":50},"end":{"line":3,"column":60}} )).call(alias1,lookupProperty(depth0,"coordinator"),{"name":"agencyName","hash":{},"data":data,"loc":{"start":{"line":3,"column":48},"end":{"line":3,"column":74}}}))
    + "</p>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depths[1],"captions"),"elements"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":6,"column":19},"end":{"line":6,"column":20}} )).call(alias1,"labels.element",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":17},"end":{"line":6,"column":39}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":6,"column":50},"end":{"line":6,"column":51}} )).call(alias1,"labels.description",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":48},"end":{"line":6,"column":74}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":6,"column":85},"end":{"line":6,"column":86}} )).call(alias1,"labels.programs",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":83},"end":{"line":6,"column":106}}}))
    + "</th></tr></thead>\n  <tbody class=\"keep\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"elements"),{"name":"each","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":10,"column":11}}})) != null ? stack1 : "")
    + "  </tbody>\n</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||alias2(depth0, "filled", {"start":{"line":13,"column":7},"end":{"line":13,"column":13}} )).call(alias1,lookupProperty(depth0,"goals"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":13,"column":6},"end":{"line":13,"column":20}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||alias2(depth0, "filled", {"start":{"line":17,"column":7},"end":{"line":17,"column":13}} )).call(alias1,lookupProperty(depth0,"indicators"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":17,"column":6},"end":{"line":17,"column":25}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"prose\">"
    + container.escapeExpression((lookupProperty(helpers,"markdown")||container.strict(depth0, "markdown", {"start":{"line":2,"column":40},"end":{"line":2,"column":48}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"description"),{"name":"markdown","hash":{},"data":data,"loc":{"start":{"line":2,"column":38},"end":{"line":2,"column":62}}}))
    + "</div>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td><strong>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":9,"column":22},"end":{"line":9,"column":26}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":20},"end":{"line":9,"column":33}}}))
    + "</strong><br><em class=\"foreign\">"
    + alias3((((helper = lookupProperty(helpers,"english") || alias1(depth0, "english", {"start":{"line":9,"column":68},"end":{"line":9,"column":75}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"english","hash":{},"data":data,"loc":{"start":{"line":9,"column":66},"end":{"line":9,"column":77}}}) : helper)))
    + "</em></td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":9,"column":93},"end":{"line":9,"column":97}} )).call(alias2,lookupProperty(depth0,"description"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":91},"end":{"line":9,"column":111}}}))
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":9,"column":127},"end":{"line":9,"column":133}} )).call(alias2,lookupProperty(depth0,"programs"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":9,"column":126},"end":{"line":9,"column":143}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":9,"column":120},"end":{"line":9,"column":214}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":9,"column":147},"end":{"line":9,"column":151}} )).call(alias2,(lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":9,"column":153},"end":{"line":9,"column":157}} )).call(alias2,lookupProperty(depth0,"programs"),"; ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":9,"column":152},"end":{"line":9,"column":172}}}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":145},"end":{"line":9,"column":174}}}));
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":9,"column":184},"end":{"line":9,"column":185}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.noPrograms",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":182},"end":{"line":9,"column":207}}}));
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"label\"><strong>"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":14,"column":27},"end":{"line":14,"column":28}} )).call(alias1,"labels.goals",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":25},"end":{"line":14,"column":45}}}))
    + ":</strong></p>\n<ol class=\"legal\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":18},"end":{"line":15,"column":64}}})) != null ? stack1 : "")
    + "</ol>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":15,"column":39},"end":{"line":15,"column":43}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":15,"column":37},"end":{"line":15,"column":50}}}))
    + "</li>";
},"7":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depths[1],"captions"),"indicators"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid numbers\">\n  <thead>\n    <tr><th rowspan=\"2\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":21,"column":26},"end":{"line":21,"column":27}} )).call(alias2,"labels.indicator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":24},"end":{"line":21,"column":48}}}))
    + "</th><th rowspan=\"2\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":21,"column":71},"end":{"line":21,"column":72}} )).call(alias2,"labels.unit",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":69},"end":{"line":21,"column":88}}}))
    + "</th><th rowspan=\"2\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":21,"column":111},"end":{"line":21,"column":112}} )).call(alias2,"labels.baseline",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":109},"end":{"line":21,"column":132}}}))
    + "</th><th colspan=\""
    + alias3(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"stages"), "length", {"start":{"line":21,"column":152},"end":{"line":21,"column":171}} ), depth0))
    + "\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":21,"column":177},"end":{"line":21,"column":178}} )).call(alias2,"labels.target",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":175},"end":{"line":21,"column":196}}}))
    + "</th></tr>\n    <tr>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(data,"root"),"stages"),{"name":"each","hash":{},"fn":container.program(8, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":8},"end":{"line":22,"column":105}}})) != null ? stack1 : "")
    + "</tr>\n  </thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":24,"column":11},"end":{"line":24,"column":20}} )).call(alias2,lookupProperty(depth0,"indicators"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":24,"column":10},"end":{"line":24,"column":32}}}),{"name":"each","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":2},"end":{"line":30,"column":11}}})) != null ? stack1 : "")
    + "</table>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"source-line"),lookupProperty(lookupProperty(depths[1],"captions"),"indicators"),{"name":"source-line","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<th>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":22,"column":36},"end":{"line":22,"column":40}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":22,"column":34},"end":{"line":22,"column":42}}}) : helper)))
    + "<br><span class=\"nowrap\">"
    + alias4((((helper = lookupProperty(helpers,"start") || alias1(depth0, "start", {"start":{"line":22,"column":69},"end":{"line":22,"column":74}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"start","hash":{},"data":data,"loc":{"start":{"line":22,"column":67},"end":{"line":22,"column":76}}}) : helper)))
    + "–"
    + alias4((((helper = lookupProperty(helpers,"end") || alias1(depth0, "end", {"start":{"line":22,"column":79},"end":{"line":22,"column":82}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"end","hash":{},"data":data,"loc":{"start":{"line":22,"column":77},"end":{"line":22,"column":84}}}) : helper)))
    + "</span></th>";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":8},"end":{"line":25,"column":40}}})) != null ? stack1 : "")
    + ">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":2},"end":{"line":28,"column":11}}})) != null ? stack1 : "")
    + "  </tbody>\n";
},"10":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td class=\"text\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":27,"column":27},"end":{"line":27,"column":31}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":27,"column":25},"end":{"line":27,"column":38}}}))
    + "</td><td class=\"text\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":27,"column":62},"end":{"line":27,"column":66}} )).call(alias2,lookupProperty(depth0,"unit"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":27,"column":60},"end":{"line":27,"column":73}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"baseline")||alias1(depth0, "baseline", {"start":{"line":27,"column":84},"end":{"line":27,"column":92}} )).call(alias2,lookupProperty(depth0,"baseline"),{"name":"baseline","hash":{},"data":data,"loc":{"start":{"line":27,"column":82},"end":{"line":27,"column":103}}}))
    + "</td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"targets"),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":108},"end":{"line":27,"column":158}}})) != null ? stack1 : "")
    + "</tr>\n";
},"12":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td>"
    + container.escapeExpression((lookupProperty(helpers,"target")||container.strict(depth0, "target", {"start":{"line":27,"column":131},"end":{"line":27,"column":137}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"target","hash":{},"data":data,"loc":{"start":{"line":27,"column":129},"end":{"line":27,"column":144}}}))
    + "</td>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"dimension"),{"name":"with","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":34,"column":9}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true,"useDepths":true},
  // partials/block-governance.hbs
  "7b3c6f849e32ff61772468f7743cbc46a1b200c0281f427790699044b2c71189": {"0":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":27},"end":{"line":1,"column":28}} )).call(alias2,"labels.decree",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":25},"end":{"line":1,"column":46}}}))
    + ":</strong> "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":1,"column":59},"end":{"line":1,"column":63}} )).call(alias2,lookupProperty(lookupProperty(depth0,"decree"),"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":57},"end":{"line":1,"column":77}}}))
    + "</p>";
},"1":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":32},"end":{"line":2,"column":33}} )).call(alias2,"labels.overallCoordinator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":30},"end":{"line":2,"column":63}}}))
    + ":</strong> "
    + alias3((lookupProperty(helpers,"agencyName")||alias1(depth0, "agencyName", {"start":{"line":2,"column":76},"end":{"line":2,"column":86}} )).call(alias2,lookupProperty(lookupProperty(depth0,"coordinator"),"agency"),{"name":"agencyName","hash":{},"data":data,"loc":{"start":{"line":2,"column":74},"end":{"line":2,"column":107}}}))
    + "</p>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":6,"column":19},"end":{"line":6,"column":20}} )).call(alias2,"labels.body",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":17},"end":{"line":6,"column":36}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":6,"column":47},"end":{"line":6,"column":48}} )).call(alias2,"labels.members",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":45},"end":{"line":6,"column":67}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":6,"column":78},"end":{"line":6,"column":79}} )).call(alias2,"labels.role",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":76},"end":{"line":6,"column":95}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":7,"column":11},"end":{"line":7,"column":20}} )).call(alias2,lookupProperty(depth0,"bodies"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":7,"column":10},"end":{"line":7,"column":28}}}),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":11,"column":11}}})) != null ? stack1 : "")
    + "</table>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":8},"end":{"line":8,"column":40}}})) != null ? stack1 : "")
    + ">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":120}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"4":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"5":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td><strong>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":9,"column":34},"end":{"line":9,"column":38}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":32},"end":{"line":9,"column":45}}}))
    + "</strong></td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":9,"column":65},"end":{"line":9,"column":69}} )).call(alias2,lookupProperty(depth0,"members"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":63},"end":{"line":9,"column":79}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":9,"column":90},"end":{"line":9,"column":94}} )).call(alias2,lookupProperty(depth0,"role"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":88},"end":{"line":9,"column":101}}}))
    + "</td></tr>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"decree"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":88}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"coordinator"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":118}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"caption"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  // partials/block-infrastructure.hbs
  "b6685fb90f1e8919aec63ecded59e5a29ad1c674e0a7fcf0a7f5e564b024f2af": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":40}}})) != null ? stack1 : "")
    + ">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "  </tbody>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td><a href=\"#"
    + alias3((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":7,"column":24},"end":{"line":7,"column":30}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":7,"column":22},"end":{"line":7,"column":32}}}) : helper)))
    + "\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":36},"end":{"line":7,"column":40}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":34},"end":{"line":7,"column":47}}}))
    + "</a></td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":62},"end":{"line":7,"column":66}} )).call(alias2,lookupProperty(depth0,"dimensionName"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":60},"end":{"line":7,"column":82}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"agency")||alias1(depth0, "agency", {"start":{"line":7,"column":93},"end":{"line":7,"column":99}} )).call(alias2,lookupProperty(depth0,"lead"),{"name":"agency","hash":{},"data":data,"loc":{"start":{"line":7,"column":91},"end":{"line":7,"column":106}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"yearSpan")||alias1(depth0, "yearSpan", {"start":{"line":7,"column":117},"end":{"line":7,"column":125}} )).call(alias2,lookupProperty(depth0,"start"),lookupProperty(depth0,"end"),{"name":"yearSpan","hash":{},"data":data,"loc":{"start":{"line":7,"column":115},"end":{"line":7,"column":137}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":148},"end":{"line":7,"column":152}} )).call(alias2,lookupProperty(depth0,"output"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":146},"end":{"line":7,"column":161}}}))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":19},"end":{"line":3,"column":20}} )).call(alias2,"labels.program",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":17},"end":{"line":3,"column":39}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":50},"end":{"line":3,"column":51}} )).call(alias2,"labels.dimension",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":48},"end":{"line":3,"column":72}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":83},"end":{"line":3,"column":84}} )).call(alias2,"labels.lead",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":81},"end":{"line":3,"column":100}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":111},"end":{"line":3,"column":112}} )).call(alias2,"labels.years",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":109},"end":{"line":3,"column":129}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":140},"end":{"line":3,"column":141}} )).call(alias2,"labels.output",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":138},"end":{"line":3,"column":159}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":4,"column":11},"end":{"line":4,"column":20}} )).call(alias2,lookupProperty(depth0,"programs"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":4,"column":10},"end":{"line":4,"column":30}}}),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":10,"column":11}}})) != null ? stack1 : "")
    + "</table>\n";
},"usePartial":true,"useData":true},
  // partials/block-monitoring.hbs
  "3bd77194ae96356b35031f81a5831597ba4f3ae4c54f1e8c0967420f21d37321": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":40}}})) != null ? stack1 : "")
    + ">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":332}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":6,"column":26},"end":{"line":6,"column":30}} )).call(alias2,lookupProperty(depth0,"indicator"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":6,"column":24},"end":{"line":6,"column":42}}}))
    + " ("
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":6,"column":46},"end":{"line":6,"column":50}} )).call(alias2,lookupProperty(depth0,"unit"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":6,"column":44},"end":{"line":6,"column":57}}}))
    + ")</td><td><a href=\"#"
    + alias3((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":6,"column":79},"end":{"line":6,"column":85}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":6,"column":77},"end":{"line":6,"column":87}}}) : helper)))
    + "\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":6,"column":91},"end":{"line":6,"column":95}} )).call(alias2,lookupProperty(depth0,"program"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":6,"column":89},"end":{"line":6,"column":105}}}))
    + "</a></td><td class=\"nowrap\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"targets"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":133},"end":{"line":6,"column":219}}})) != null ? stack1 : "")
    + "</td><td>"
    + alias3((lookupProperty(helpers,"agency")||alias1(depth0, "agency", {"start":{"line":6,"column":230},"end":{"line":6,"column":236}} )).call(alias2,lookupProperty(depth0,"agency"),{"name":"agency","hash":{},"data":data,"loc":{"start":{"line":6,"column":228},"end":{"line":6,"column":245}}}))
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reporting"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":6,"column":254},"end":{"line":6,"column":313}}})) != null ? stack1 : "")
    + "</td></tr>";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":150},"end":{"line":6,"column":183}}})) != null ? stack1 : "")
    + alias3((((helper = lookupProperty(helpers,"year") || alias2(depth0, "year", {"start":{"line":6,"column":185},"end":{"line":6,"column":189}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"year","hash":{},"data":data,"loc":{"start":{"line":6,"column":183},"end":{"line":6,"column":191}}}) : helper)))
    + ": "
    + alias3((lookupProperty(helpers,"target")||alias2(depth0, "target", {"start":{"line":6,"column":195},"end":{"line":6,"column":201}} )).call(alias1,lookupProperty(depth0,"target"),{"name":"target","hash":{},"data":data,"loc":{"start":{"line":6,"column":193},"end":{"line":6,"column":210}}}));
},"4":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"reporting") || container.strict(depth0, "reporting", {"start":{"line":6,"column":273},"end":{"line":6,"column":282}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reporting","hash":{},"data":data,"loc":{"start":{"line":6,"column":271},"end":{"line":6,"column":284}}}) : helper)));
},"6":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"blank")||container.strict(depth0, "blank", {"start":{"line":6,"column":294},"end":{"line":6,"column":299}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),null,{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":6,"column":292},"end":{"line":6,"column":306}}}));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid small\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":19},"end":{"line":3,"column":20}} )).call(alias2,"labels.indicator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":17},"end":{"line":3,"column":41}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":52},"end":{"line":3,"column":53}} )).call(alias2,"labels.carriedBy",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":50},"end":{"line":3,"column":74}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":85},"end":{"line":3,"column":86}} )).call(alias2,"labels.targetsByYear",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":83},"end":{"line":3,"column":111}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":122},"end":{"line":3,"column":123}} )).call(alias2,"labels.reportingAgency",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":120},"end":{"line":3,"column":150}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":161},"end":{"line":3,"column":162}} )).call(alias2,"labels.reportingPeriod",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":159},"end":{"line":3,"column":189}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":4,"column":11},"end":{"line":4,"column":20}} )).call(alias2,lookupProperty(depth0,"rows"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":4,"column":10},"end":{"line":4,"column":26}}}),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "</table>\n";
},"usePartial":true,"useData":true},
  // partials/block-programs.hbs
  "dc714ea7baa632bad8c35a101c96144ccca40e556da8ac99a90337a8e15fe667": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"program-profile"),depth0,{"name":"program-profile","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  // partials/block-quick-wins.hbs
  "f511bf5f9fd3f1bd379063878f7c562d2c44721664963238d076cae7cd549058": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":40}}})) != null ? stack1 : "")
    + ">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":330}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td><a href=\"#"
    + alias3((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":6,"column":36},"end":{"line":6,"column":42}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":6,"column":34},"end":{"line":6,"column":44}}}) : helper)))
    + "\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":6,"column":48},"end":{"line":6,"column":52}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":6,"column":46},"end":{"line":6,"column":59}}}))
    + "</a></td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":6,"column":74},"end":{"line":6,"column":78}} )).call(alias2,lookupProperty(depth0,"dimensionName"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":6,"column":72},"end":{"line":6,"column":94}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"agency")||alias1(depth0, "agency", {"start":{"line":6,"column":105},"end":{"line":6,"column":111}} )).call(alias2,lookupProperty(depth0,"lead"),{"name":"agency","hash":{},"data":data,"loc":{"start":{"line":6,"column":103},"end":{"line":6,"column":118}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":6,"column":129},"end":{"line":6,"column":133}} )).call(alias2,lookupProperty(depth0,"target12"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":6,"column":127},"end":{"line":6,"column":144}}}))
    + "</td><td class=\"figure\">"
    + alias3((lookupProperty(helpers,"digits")||alias1(depth0, "digits", {"start":{"line":6,"column":170},"end":{"line":6,"column":176}} )).call(alias2,lookupProperty(depth0,"budgetTotal"),{"name":"digits","hash":{},"data":data,"loc":{"start":{"line":6,"column":168},"end":{"line":6,"column":190}}}))
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"progress"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":6,"column":199},"end":{"line":6,"column":311}}})) != null ? stack1 : "")
    + "</td></tr>";
},"3":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3(alias2(alias1(lookupProperty(depth0,"progress"), "percent", {"start":{"line":6,"column":217},"end":{"line":6,"column":233}} ), depth0))
    + "% "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":6,"column":239},"end":{"line":6,"column":240}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.progressAsOf",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":237},"end":{"line":6,"column":264}}}))
    + " "
    + alias3(alias2(alias1(lookupProperty(depth0,"progress"), "asOf", {"start":{"line":6,"column":267},"end":{"line":6,"column":280}} ), depth0));
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"blank")||container.strict(depth0, "blank", {"start":{"line":6,"column":292},"end":{"line":6,"column":297}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),null,{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":6,"column":290},"end":{"line":6,"column":304}}}));
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),(lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":10,"column":53},"end":{"line":10,"column":54}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.proposedQuickWins",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":10,"column":52},"end":{"line":10,"column":82}}}),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":19},"end":{"line":3,"column":20}} )).call(alias2,"summary.program",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":17},"end":{"line":3,"column":40}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":51},"end":{"line":3,"column":52}} )).call(alias2,"labels.dimension",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":49},"end":{"line":3,"column":73}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":84},"end":{"line":3,"column":85}} )).call(alias2,"summary.lead",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":82},"end":{"line":3,"column":102}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":113},"end":{"line":3,"column":114}} )).call(alias2,"labels.target12",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":111},"end":{"line":3,"column":134}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":145},"end":{"line":3,"column":146}} )).call(alias2,"summary.budget",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":143},"end":{"line":3,"column":165}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":176},"end":{"line":3,"column":177}} )).call(alias2,"labels.progress",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":174},"end":{"line":3,"column":197}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":4,"column":11},"end":{"line":4,"column":20}} )).call(alias2,lookupProperty(depth0,"programs"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":4,"column":10},"end":{"line":4,"column":30}}}),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"and")||alias1(depth0, "and", {"start":{"line":10,"column":7},"end":{"line":10,"column":10}} )).call(alias2,lookupProperty(depth0,"proposed"),lookupProperty(lookupProperty(data,"root"),"draft"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":10,"column":6},"end":{"line":10,"column":32}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":91}}})) != null ? stack1 : "")
    + "\n<p>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":11,"column":5},"end":{"line":11,"column":9}} )).call(alias2,lookupProperty(depth0,"reference"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":11,"column":3},"end":{"line":11,"column":21}}}))
    + "</p>\n";
},"usePartial":true,"useData":true},
  // partials/block-readiness.hbs
  "9a27d20b4d68b09d39caf929e0a238addb8c0821d82e9c988f490a1b08ff3e64": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"or")||alias1(depth0, "or", {"start":{"line":2,"column":7},"end":{"line":2,"column":9}} )).call(alias2,lookupProperty(depth0,"assessed"),lookupProperty(depth0,"assessor"),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":2,"column":6},"end":{"line":2,"column":28}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":228}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depths[1],"captions"),"scores"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid readiness\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":19},"end":{"line":5,"column":20}} )).call(alias2,"labels.element",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":17},"end":{"line":5,"column":39}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":50},"end":{"line":5,"column":51}} )).call(alias2,"labels.score",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":48},"end":{"line":5,"column":68}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":79},"end":{"line":5,"column":80}} )).call(alias2,"labels.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":77},"end":{"line":5,"column":100}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":111},"end":{"line":5,"column":112}} )).call(alias2,"labels.evidenceSource",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":109},"end":{"line":5,"column":138}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"pillars"),{"name":"each","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":11,"column":11}}})) != null ? stack1 : "")
    + "</table>\n<p class=\"note\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":18},"end":{"line":13,"column":19}} )).call(alias2,"labels.readinessScale",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":16},"end":{"line":13,"column":45}}}))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"and")||alias1(depth0, "and", {"start":{"line":14,"column":7},"end":{"line":14,"column":10}} )).call(alias2,lookupProperty(depth0,"proposed"),lookupProperty(lookupProperty(data,"root"),"draft"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":14,"column":6},"end":{"line":14,"column":32}}}),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":88}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"and")||alias1(depth0, "and", {"start":{"line":15,"column":7},"end":{"line":15,"column":10}} )).call(alias2,lookupProperty(depth0,"unscored"),lookupProperty(lookupProperty(data,"root"),"draft"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":15,"column":6},"end":{"line":15,"column":32}}}),{"name":"if","hash":{},"fn":container.program(13, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":15,"column":86}}})) != null ? stack1 : "")
    + "\n<figure class=\"readiness-chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
    + alias3(alias4(alias1(lookupProperty(depth0,"chart"), "width", {"start":{"line":17,"column":55},"end":{"line":17,"column":66}} ), depth0))
    + " "
    + alias3(alias4(alias1(lookupProperty(depth0,"chart"), "height", {"start":{"line":17,"column":71},"end":{"line":17,"column":83}} ), depth0))
    + "\" width=\"100%\" role=\"img\" aria-label=\""
    + alias3(alias4(alias1(lookupProperty(lookupProperty(depths[1],"captions"),"chart"), "title", {"start":{"line":17,"column":125},"end":{"line":17,"column":148}} ), depth0))
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"chart"),"ticks"),{"name":"each","hash":{},"fn":container.program(14, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":2},"end":{"line":21,"column":11}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"chart"),"rows"),{"name":"each","hash":{},"fn":container.program(15, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":2},"end":{"line":34,"column":11}}})) != null ? stack1 : "")
    + "</svg>\n<figcaption><span class=\"caption-label\">"
    + alias3(alias4(alias1(lookupProperty(lookupProperty(depths[1],"captions"),"chart"), "label", {"start":{"line":36,"column":42},"end":{"line":36,"column":65}} ), depth0))
    + "</span> "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":36,"column":77},"end":{"line":36,"column":81}} )).call(alias2,lookupProperty(lookupProperty(lookupProperty(depths[1],"captions"),"chart"),"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":36,"column":75},"end":{"line":36,"column":107}}}))
    + ".</figcaption>\n</figure>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"assessed"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":33},"end":{"line":2,"column":135}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"assessor"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":135},"end":{"line":2,"column":217}}})) != null ? stack1 : "")
    + "</p>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<strong>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":59},"end":{"line":2,"column":60}} )).call(alias2,"labels.assessed",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":57},"end":{"line":2,"column":80}}}))
    + ":</strong> "
    + alias3((((helper = lookupProperty(helpers,"assessed") || alias1(depth0, "assessed", {"start":{"line":2,"column":93},"end":{"line":2,"column":101}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"assessed","hash":{},"data":data,"loc":{"start":{"line":2,"column":91},"end":{"line":2,"column":103}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"assessor"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":103},"end":{"line":2,"column":128}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return ". ";
},"4":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<strong>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":161},"end":{"line":2,"column":162}} )).call(alias2,"labels.assessor",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":159},"end":{"line":2,"column":182}}}))
    + ":</strong> "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":2,"column":195},"end":{"line":2,"column":199}} )).call(alias2,lookupProperty(depth0,"assessor"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":2,"column":193},"end":{"line":2,"column":210}}}));
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody class=\"keep\">\n    <tr class=\"pillar\"><th colspan=\"2\" scope=\"rowgroup\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":8,"column":58},"end":{"line":8,"column":59}} )).call(alias2,"labels.pillar",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":8,"column":56},"end":{"line":8,"column":77}}}))
    + " "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":8,"column":80},"end":{"line":8,"column":84}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":8,"column":78},"end":{"line":8,"column":91}}}))
    + "</th><th colspan=\"2\" class=\"average\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":8,"column":130},"end":{"line":8,"column":131}} )).call(alias2,"labels.average",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":8,"column":128},"end":{"line":8,"column":150}}}))
    + ": "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":8,"column":159},"end":{"line":8,"column":161}} )).call(alias2,lookupProperty(depth0,"average"),null,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":8,"column":158},"end":{"line":8,"column":175}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":8,"column":152},"end":{"line":8,"column":257}}})) != null ? stack1 : "")
    + "</th></tr>\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"elements"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":4},"end":{"line":9,"column":250}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"blank")||container.strict(depth0, "blank", {"start":{"line":8,"column":179},"end":{"line":8,"column":184}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),null,{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":8,"column":177},"end":{"line":8,"column":191}}}));
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"num")||container.strict(depth0, "num", {"start":{"line":8,"column":201},"end":{"line":8,"column":204}} )).call(alias1,lookupProperty(depth0,"average"),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":8,"column":199},"end":{"line":8,"column":214}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"partial"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":214},"end":{"line":8,"column":250}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + container.escapeExpression((((helper = lookupProperty(helpers,"partial") || container.strict(depth0, "partial", {"start":{"line":8,"column":233},"end":{"line":8,"column":240}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"partial","hash":{},"data":data,"loc":{"start":{"line":8,"column":231},"end":{"line":8,"column":242}}}) : helper)))
    + ")";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":9,"column":32},"end":{"line":9,"column":36}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":30},"end":{"line":9,"column":43}}}))
    + "</td><td class=\"score\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":9,"column":73},"end":{"line":9,"column":75}} )).call(alias2,lookupProperty(depth0,"score"),null,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":9,"column":72},"end":{"line":9,"column":87}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":9,"column":66},"end":{"line":9,"column":181}}})) != null ? stack1 : "")
    + "</td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":9,"column":192},"end":{"line":9,"column":196}} )).call(alias2,lookupProperty(depth0,"evidence"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":190},"end":{"line":9,"column":207}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":9,"column":218},"end":{"line":9,"column":222}} )).call(alias2,lookupProperty(depth0,"source"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":216},"end":{"line":9,"column":231}}}))
    + "</td></tr>";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"score") || container.strict(depth0, "score", {"start":{"line":9,"column":113},"end":{"line":9,"column":118}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":9,"column":111},"end":{"line":9,"column":120}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"proposed"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":120},"end":{"line":9,"column":174}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    return "<span class=\"proposed\">*</span>";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),(lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":14,"column":53},"end":{"line":14,"column":54}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.proposedScores",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":52},"end":{"line":14,"column":79}}}),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),(lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":15,"column":53},"end":{"line":15,"column":54}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.unscoredLeft",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":52},"end":{"line":15,"column":77}}}),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <line x1=\""
    + alias4((((helper = lookupProperty(helpers,"x") || alias1(depth0, "x", {"start":{"line":19,"column":14},"end":{"line":19,"column":15}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"x","hash":{},"data":data,"loc":{"start":{"line":19,"column":12},"end":{"line":19,"column":17}}}) : helper)))
    + "\" y1=\"12\" x2=\""
    + alias4((((helper = lookupProperty(helpers,"x") || alias1(depth0, "x", {"start":{"line":19,"column":33},"end":{"line":19,"column":34}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"x","hash":{},"data":data,"loc":{"start":{"line":19,"column":31},"end":{"line":19,"column":36}}}) : helper)))
    + "\" y2=\""
    + alias4(container.lambda(alias1(lookupProperty(depths[1],"chart"), "height", {"start":{"line":19,"column":44},"end":{"line":19,"column":59}} ), depth0))
    + "\" class=\"tick-line\"/>\n  <text x=\""
    + alias4((((helper = lookupProperty(helpers,"x") || alias1(depth0, "x", {"start":{"line":20,"column":13},"end":{"line":20,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"x","hash":{},"data":data,"loc":{"start":{"line":20,"column":11},"end":{"line":20,"column":16}}}) : helper)))
    + "\" y=\"10\" text-anchor=\"middle\" class=\"tick-label\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":20,"column":67},"end":{"line":20,"column":72}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":20,"column":65},"end":{"line":20,"column":74}}}) : helper)))
    + "</text>\n";
},"15":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":23,"column":9},"end":{"line":23,"column":11}} )).call(alias1,lookupProperty(depth0,"kind"),"pillar",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":23,"column":8},"end":{"line":23,"column":26}}}),{"name":"if","hash":{},"fn":container.program(16, data, 0, blockParams, depths),"inverse":container.program(17, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":33,"column":9}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <text x=\"0\" y=\""
    + alias4((((helper = lookupProperty(helpers,"y") || alias1(depth0, "y", {"start":{"line":24,"column":19},"end":{"line":24,"column":20}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":24,"column":17},"end":{"line":24,"column":22}}}) : helper)))
    + "\" dy=\"13\" class=\"pillar-label\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":24,"column":55},"end":{"line":24,"column":60}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":24,"column":53},"end":{"line":24,"column":62}}}) : helper)))
    + "</text>\n";
},"17":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <text x=\"8\" y=\""
    + alias4((((helper = lookupProperty(helpers,"y") || alias1(depth0, "y", {"start":{"line":26,"column":19},"end":{"line":26,"column":20}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":26,"column":17},"end":{"line":26,"column":22}}}) : helper)))
    + "\" dy=\"13\" class=\"element-label\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":26,"column":56},"end":{"line":26,"column":61}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":26,"column":54},"end":{"line":26,"column":63}}}) : helper)))
    + "</text>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":27,"column":9},"end":{"line":27,"column":11}} )).call(alias2,lookupProperty(depth0,"score"),null,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":27,"column":8},"end":{"line":27,"column":23}}}),{"name":"if","hash":{},"fn":container.program(18, data, 0, blockParams, depths),"inverse":container.program(19, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":27,"column":2},"end":{"line":32,"column":9}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <text x=\""
    + alias2(container.lambda(alias1(lookupProperty(depths[1],"chart"), "left", {"start":{"line":28,"column":13},"end":{"line":28,"column":26}} ), depth0))
    + "\" y=\""
    + alias2((((helper = lookupProperty(helpers,"y") || alias1(depth0, "y", {"start":{"line":28,"column":35},"end":{"line":28,"column":36}} ))),(typeof helper === "function" ? helper.call(alias3,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":28,"column":33},"end":{"line":28,"column":38}}}) : helper)))
    + "\" dy=\"13\" class=\"score-label unscored\">&#160;"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":28,"column":85},"end":{"line":28,"column":86}} )).call(alias3,"labels.notScored",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":28,"column":83},"end":{"line":28,"column":107}}}))
    + "</text>\n";
},"19":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), alias5="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <rect x=\""
    + alias3(alias2(alias1(lookupProperty(depths[1],"chart"), "left", {"start":{"line":30,"column":13},"end":{"line":30,"column":26}} ), depth0))
    + "\" y=\""
    + alias3((((helper = lookupProperty(helpers,"y") || alias1(depth0, "y", {"start":{"line":30,"column":35},"end":{"line":30,"column":36}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":30,"column":33},"end":{"line":30,"column":38}}}) : helper)))
    + "\" width=\""
    + alias3((((helper = lookupProperty(helpers,"width") || alias1(depth0, "width", {"start":{"line":30,"column":49},"end":{"line":30,"column":54}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"width","hash":{},"data":data,"loc":{"start":{"line":30,"column":47},"end":{"line":30,"column":56}}}) : helper)))
    + "\" height=\"12\" transform=\"translate(0 3)\" class=\"bar-score\"/>\n  <text x=\""
    + alias3(alias2(alias1(lookupProperty(depths[1],"chart"), "left", {"start":{"line":31,"column":13},"end":{"line":31,"column":26}} ), depth0))
    + "\" y=\""
    + alias3((((helper = lookupProperty(helpers,"y") || alias1(depth0, "y", {"start":{"line":31,"column":35},"end":{"line":31,"column":36}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":31,"column":33},"end":{"line":31,"column":38}}}) : helper)))
    + "\" dx=\""
    + alias3((((helper = lookupProperty(helpers,"width") || alias1(depth0, "width", {"start":{"line":31,"column":46},"end":{"line":31,"column":51}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"width","hash":{},"data":data,"loc":{"start":{"line":31,"column":44},"end":{"line":31,"column":53}}}) : helper)))
    + "\" dy=\"13\" class=\"score-label\">&#160;"
    + alias3((((helper = lookupProperty(helpers,"score") || alias1(depth0, "score", {"start":{"line":31,"column":91},"end":{"line":31,"column":96}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":31,"column":89},"end":{"line":31,"column":98}}}) : helper)))
    + "</text>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"readiness"),{"name":"with","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":38,"column":9}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true,"useDepths":true},
  // partials/block-region-facts.hbs
  "7b068dc5cf16051bd916b75759568a2489f147e61f25cfd9558a696f4ac986c2": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><th scope=\"row\">"
    + alias3((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":5,"column":26},"end":{"line":5,"column":31}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":5,"column":24},"end":{"line":5,"column":33}}}) : helper)))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"blank")||alias1(depth0, "blank", {"start":{"line":5,"column":44},"end":{"line":5,"column":49}} )).call(alias2,(lookupProperty(helpers,"num")||alias1(depth0, "num", {"start":{"line":5,"column":51},"end":{"line":5,"column":54}} )).call(alias2,lookupProperty(depth0,"value"),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":5,"column":50},"end":{"line":5,"column":61}}}),{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":5,"column":42},"end":{"line":5,"column":63}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"year"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":63},"end":{"line":5,"column":93}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + container.escapeExpression((((helper = lookupProperty(helpers,"year") || container.strict(depth0, "year", {"start":{"line":5,"column":79},"end":{"line":5,"column":83}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"year","hash":{},"data":data,"loc":{"start":{"line":5,"column":77},"end":{"line":5,"column":85}}}) : helper)))
    + ")";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"facts\">\n  <tbody class=\"keep\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":6,"column":11}}})) != null ? stack1 : "")
    + "  </tbody>\n</table>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"source-line"),lookupProperty(depth0,"caption"),{"name":"source-line","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  // partials/block-responsibility.hbs
  "3f4ce243f0ea27dd0002f938ab4d8b1f7469cb345a1c76677a12f7efb20c7b76": {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<th>"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":3,"column":66},"end":{"line":3,"column":70}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":3,"column":64},"end":{"line":3,"column":77}}}))
    + "</th>";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":40}}})) != null ? stack1 : "")
    + ">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "  </tbody>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td class=\"text\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"label") || container.strict(depth0, "label", {"start":{"line":7,"column":27},"end":{"line":7,"column":32}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":7,"column":25},"end":{"line":7,"column":34}}}) : helper)))
    + "</td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"cells"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":39},"end":{"line":7,"column":169}}})) != null ? stack1 : "")
    + "</tr>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lead"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":58},"end":{"line":7,"column":86}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"and")||container.strict(depth0, "and", {"start":{"line":7,"column":93},"end":{"line":7,"column":96}} )).call(alias1,lookupProperty(depth0,"lead"),lookupProperty(depth0,"support"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":7,"column":92},"end":{"line":7,"column":110}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":86},"end":{"line":7,"column":121}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"support"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":121},"end":{"line":7,"column":155}}})) != null ? stack1 : "")
    + "</td>";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "P"
    + container.escapeExpression((((helper = lookupProperty(helpers,"lead") || container.strict(depth0, "lead", {"start":{"line":7,"column":73},"end":{"line":7,"column":77}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"lead","hash":{},"data":data,"loc":{"start":{"line":7,"column":71},"end":{"line":7,"column":79}}}) : helper)));
},"6":function(container,depth0,helpers,partials,data) {
    return ", ";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "D"
    + container.escapeExpression((((helper = lookupProperty(helpers,"support") || container.strict(depth0, "support", {"start":{"line":7,"column":139},"end":{"line":7,"column":146}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"support","hash":{},"data":data,"loc":{"start":{"line":7,"column":137},"end":{"line":7,"column":148}}}) : helper)));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid matrix small\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":19},"end":{"line":3,"column":20}} )).call(alias2,"labels.agency",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":17},"end":{"line":3,"column":38}}}))
    + "</th>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"columns"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":43},"end":{"line":3,"column":91}}})) != null ? stack1 : "")
    + "</tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":4,"column":11},"end":{"line":4,"column":20}} )).call(alias2,lookupProperty(depth0,"rows"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":4,"column":10},"end":{"line":4,"column":26}}}),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":10,"column":11}}})) != null ? stack1 : "")
    + "</table>\n<p class=\"note\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":12,"column":18},"end":{"line":12,"column":19}} )).call(alias2,"labels.responsibilityLegend",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":12,"column":16},"end":{"line":12,"column":51}}}))
    + "</p>\n";
},"usePartial":true,"useData":true},
  // partials/block-risks.hbs
  "c3eaff25ba3d1729fb3593bbd4f72165818036b5dcd0e6a4f752150278f9a82f": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid small\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":19},"end":{"line":4,"column":20}} )).call(alias2,"labels.carriedBy",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":17},"end":{"line":4,"column":41}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":52},"end":{"line":4,"column":53}} )).call(alias2,"labels.risk",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":50},"end":{"line":4,"column":69}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":80},"end":{"line":4,"column":81}} )).call(alias2,"labels.impact",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":78},"end":{"line":4,"column":99}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":110},"end":{"line":4,"column":111}} )).call(alias2,"labels.likelihood",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":108},"end":{"line":4,"column":133}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":144},"end":{"line":4,"column":145}} )).call(alias2,"labels.mitigation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":142},"end":{"line":4,"column":167}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":178},"end":{"line":4,"column":179}} )).call(alias2,"labels.owner",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":176},"end":{"line":4,"column":196}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":5,"column":11},"end":{"line":5,"column":20}} )).call(alias2,lookupProperty(depth0,"rows"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":26}}}),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":2},"end":{"line":9,"column":11}}})) != null ? stack1 : "")
    + "</table>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":40}}})) != null ? stack1 : "")
    + ">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":202}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td><a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":7,"column":36},"end":{"line":7,"column":42}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":7,"column":34},"end":{"line":7,"column":44}}}) : helper)))
    + "\">"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":48},"end":{"line":7,"column":52}} )).call(alias2,lookupProperty(depth0,"program"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":46},"end":{"line":7,"column":62}}}))
    + "</a></td><td>"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":77},"end":{"line":7,"column":81}} )).call(alias2,lookupProperty(depth0,"risk"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":75},"end":{"line":7,"column":88}}}))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"impact") || alias1(depth0, "impact", {"start":{"line":7,"column":99},"end":{"line":7,"column":105}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"impact","hash":{},"data":data,"loc":{"start":{"line":7,"column":97},"end":{"line":7,"column":107}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"likelihood") || alias1(depth0, "likelihood", {"start":{"line":7,"column":118},"end":{"line":7,"column":128}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"likelihood","hash":{},"data":data,"loc":{"start":{"line":7,"column":116},"end":{"line":7,"column":130}}}) : helper)))
    + "</td><td>"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":141},"end":{"line":7,"column":145}} )).call(alias2,lookupProperty(depth0,"mitigation"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":139},"end":{"line":7,"column":158}}}))
    + "</td><td>"
    + alias4((lookupProperty(helpers,"agency")||alias1(depth0, "agency", {"start":{"line":7,"column":169},"end":{"line":7,"column":175}} )).call(alias2,lookupProperty(depth0,"owner"),{"name":"agency","hash":{},"data":data,"loc":{"start":{"line":7,"column":167},"end":{"line":7,"column":183}}}))
    + "</td></tr>";
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":12,"column":5},"end":{"line":12,"column":6}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.riskRegisterEmpty",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":12,"column":3},"end":{"line":12,"column":35}}}))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"caption"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  // partials/block-roadmap.hbs
  "64bc3839ceba3bb48086fb3d77d03c0333a5fec048d87997aa40533379869bca": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), alias5="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
    + alias3(alias2(alias1(depths[1], "width", {"start":{"line":3,"column":55},"end":{"line":3,"column":63}} ), depth0))
    + " "
    + alias3((((helper = lookupProperty(helpers,"height") || alias1(depth0, "height", {"start":{"line":3,"column":68},"end":{"line":3,"column":74}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"height","hash":{},"data":data,"loc":{"start":{"line":3,"column":66},"end":{"line":3,"column":76}}}) : helper)))
    + "\" width=\""
    + alias3(alias2(alias1(depths[1], "width", {"start":{"line":3,"column":87},"end":{"line":3,"column":95}} ), depth0))
    + "\" height=\""
    + alias3((((helper = lookupProperty(helpers,"height") || alias1(depth0, "height", {"start":{"line":3,"column":109},"end":{"line":3,"column":115}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"height","hash":{},"data":data,"loc":{"start":{"line":3,"column":107},"end":{"line":3,"column":117}}}) : helper)))
    + "\" role=\"img\" aria-label=\""
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":144},"end":{"line":3,"column":145}} )).call(alias4,"blocks.roadmap",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":142},"end":{"line":3,"column":164}}}))
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depths[1],"stages"),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depths[1],"years"),{"name":"each","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":123}}})) != null ? stack1 : "")
    + "\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"groups"),{"name":"each","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":2},"end":{"line":10,"column":93}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":2},"end":{"line":18,"column":11}}})) != null ? stack1 : "")
    + "</svg>\n";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <rect x=\""
    + alias4((((helper = lookupProperty(helpers,"x") || alias1(depth0, "x", {"start":{"line":5,"column":13},"end":{"line":5,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"x","hash":{},"data":data,"loc":{"start":{"line":5,"column":11},"end":{"line":5,"column":16}}}) : helper)))
    + "\" y=\"0\" width=\""
    + alias4((((helper = lookupProperty(helpers,"width") || alias1(depth0, "width", {"start":{"line":5,"column":33},"end":{"line":5,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"width","hash":{},"data":data,"loc":{"start":{"line":5,"column":31},"end":{"line":5,"column":40}}}) : helper)))
    + "\" height=\""
    + alias4(container.lambda(alias1(depths[1], "height", {"start":{"line":5,"column":52},"end":{"line":5,"column":61}} ), depth0))
    + "\" class=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"shaded"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.program(3, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":5,"column":72},"end":{"line":5,"column":118}}})) != null ? stack1 : "")
    + "\"/>\n  <text x=\""
    + alias4((((helper = lookupProperty(helpers,"x") || alias1(depth0, "x", {"start":{"line":6,"column":13},"end":{"line":6,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"x","hash":{},"data":data,"loc":{"start":{"line":6,"column":11},"end":{"line":6,"column":16}}}) : helper)))
    + "\" y=\"12\" dx=\"3\" class=\"stage-label\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":6,"column":54},"end":{"line":6,"column":59}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":6,"column":52},"end":{"line":6,"column":61}}}) : helper)))
    + "</text>\n  <text x=\""
    + alias4((((helper = lookupProperty(helpers,"x") || alias1(depth0, "x", {"start":{"line":7,"column":13},"end":{"line":7,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"x","hash":{},"data":data,"loc":{"start":{"line":7,"column":11},"end":{"line":7,"column":16}}}) : helper)))
    + "\" y=\"25\" dx=\"3\" class=\"stage-years\">"
    + alias4((((helper = lookupProperty(helpers,"years") || alias1(depth0, "years", {"start":{"line":7,"column":54},"end":{"line":7,"column":59}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"years","hash":{},"data":data,"loc":{"start":{"line":7,"column":52},"end":{"line":7,"column":61}}}) : helper)))
    + "</text>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "stage-shaded";
},"3":function(container,depth0,helpers,partials,data) {
    return "stage";
},"4":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var alias1=container.lambda, alias2=container.escapeExpression, alias3=container.strict;

  return "<line x1=\""
    + alias2(alias1(depth0, depth0))
    + "\" y1=\""
    + alias2(alias1(alias3(depths[2], "header", {"start":{"line":9,"column":46},"end":{"line":9,"column":58}} ), depth0))
    + "\" x2=\""
    + alias2(alias1(depth0, depth0))
    + "\" y2=\""
    + alias2(alias1(alias3(depths[1], "height", {"start":{"line":9,"column":82},"end":{"line":9,"column":91}} ), depth0))
    + "\" class=\"year-line\"/>";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<text x=\"0\" y=\""
    + alias4((((helper = lookupProperty(helpers,"y") || alias1(depth0, "y", {"start":{"line":10,"column":35},"end":{"line":10,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":10,"column":33},"end":{"line":10,"column":38}}}) : helper)))
    + "\" dy=\"13\" class=\"group-label\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":10,"column":70},"end":{"line":10,"column":75}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":10,"column":68},"end":{"line":10,"column":77}}}) : helper)))
    + "</text>";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <text x=\"8\" y=\""
    + alias4((((helper = lookupProperty(helpers,"y") || alias1(depth0, "y", {"start":{"line":12,"column":19},"end":{"line":12,"column":20}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":12,"column":17},"end":{"line":12,"column":22}}}) : helper)))
    + "\" dy=\"12\" class=\"row-label\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":12,"column":52},"end":{"line":12,"column":57}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":12,"column":50},"end":{"line":12,"column":59}}}) : helper)))
    + "</text>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"unknown"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":17,"column":9}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <text x=\""
    + alias4((((helper = lookupProperty(helpers,"barX") || alias1(depth0, "barX", {"start":{"line":14,"column":13},"end":{"line":14,"column":17}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"barX","hash":{},"data":data,"loc":{"start":{"line":14,"column":11},"end":{"line":14,"column":19}}}) : helper)))
    + "\" y=\""
    + alias4((((helper = lookupProperty(helpers,"y") || alias1(depth0, "y", {"start":{"line":14,"column":26},"end":{"line":14,"column":27}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":14,"column":24},"end":{"line":14,"column":29}}}) : helper)))
    + "\" dx=\"3\" dy=\"12\" class=\"years-unknown\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":14,"column":70},"end":{"line":14,"column":71}} )).call(alias2,"labels.yearsUnknown",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":68},"end":{"line":14,"column":95}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"partlyKnown"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":95},"end":{"line":14,"column":133}}})) != null ? stack1 : "")
    + "</text>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + container.escapeExpression((((helper = lookupProperty(helpers,"years") || container.strict(depth0, "years", {"start":{"line":14,"column":118},"end":{"line":14,"column":123}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"years","hash":{},"data":data,"loc":{"start":{"line":14,"column":116},"end":{"line":14,"column":125}}}) : helper)))
    + ")";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <rect x=\""
    + alias4((((helper = lookupProperty(helpers,"barX") || alias1(depth0, "barX", {"start":{"line":16,"column":13},"end":{"line":16,"column":17}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"barX","hash":{},"data":data,"loc":{"start":{"line":16,"column":11},"end":{"line":16,"column":19}}}) : helper)))
    + "\" y=\""
    + alias4((((helper = lookupProperty(helpers,"barY") || alias1(depth0, "barY", {"start":{"line":16,"column":26},"end":{"line":16,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"barY","hash":{},"data":data,"loc":{"start":{"line":16,"column":24},"end":{"line":16,"column":32}}}) : helper)))
    + "\" width=\""
    + alias4((((helper = lookupProperty(helpers,"barWidth") || alias1(depth0, "barWidth", {"start":{"line":16,"column":43},"end":{"line":16,"column":51}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"barWidth","hash":{},"data":data,"loc":{"start":{"line":16,"column":41},"end":{"line":16,"column":53}}}) : helper)))
    + "\" height=\""
    + alias4((((helper = lookupProperty(helpers,"barHeight") || alias1(depth0, "barHeight", {"start":{"line":16,"column":65},"end":{"line":16,"column":74}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"barHeight","hash":{},"data":data,"loc":{"start":{"line":16,"column":63},"end":{"line":16,"column":76}}}) : helper)))
    + "\" class=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"quickWin"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":16,"column":85},"end":{"line":16,"column":132}}})) != null ? stack1 : "")
    + "\"><title>"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":16,"column":143},"end":{"line":16,"column":148}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":16,"column":141},"end":{"line":16,"column":150}}}) : helper)))
    + ": "
    + alias4((((helper = lookupProperty(helpers,"years") || alias1(depth0, "years", {"start":{"line":16,"column":154},"end":{"line":16,"column":159}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"years","hash":{},"data":data,"loc":{"start":{"line":16,"column":152},"end":{"line":16,"column":161}}}) : helper)))
    + "</title></rect>\n";
},"10":function(container,depth0,helpers,partials,data) {
    return "bar-quick-win";
},"11":function(container,depth0,helpers,partials,data) {
    return "bar";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<figure class=\"roadmap\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"parts"),{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":20,"column":9}}})) != null ? stack1 : "")
    + "<figcaption><span class=\"caption-label\">"
    + alias3(container.lambda(alias2(lookupProperty(depth0,"figure"), "label", {"start":{"line":21,"column":42},"end":{"line":21,"column":54}} ), depth0))
    + "</span> "
    + alias3((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":21,"column":66},"end":{"line":21,"column":70}} )).call(alias1,lookupProperty(lookupProperty(depth0,"figure"),"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":21,"column":64},"end":{"line":21,"column":85}}}))
    + ". "
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":21,"column":89},"end":{"line":21,"column":90}} )).call(alias1,"labels.roadmapLegend",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":87},"end":{"line":21,"column":115}}}))
    + "</figcaption>\n</figure>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"stage-directions"),depth0,{"name":"stage-directions","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true,"useDepths":true},
  // partials/block-rpjpd.hbs
  "d4f0e16e2f3ccc61cc33d676d2f9ce5ffd4d10320f47e06f292b1b9bc4ebc2e7": {"0":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":6,"column":42},"end":{"line":6,"column":43}} )).call(alias2,"labels.approved",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":40},"end":{"line":6,"column":63}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"blank")||alias1(depth0, "blank", {"start":{"line":6,"column":74},"end":{"line":6,"column":79}} )).call(alias2,lookupProperty(lookupProperty(depth0,"approved"),"date"),{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":6,"column":72},"end":{"line":6,"column":95}}}))
    + "</td></tr>";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"missionsCaption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":19},"end":{"line":13,"column":20}} )).call(alias2,"labels.missions",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":17},"end":{"line":13,"column":40}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":51},"end":{"line":13,"column":52}} )).call(alias2,"labels.rpjpdGoals",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":49},"end":{"line":13,"column":74}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":14,"column":11},"end":{"line":14,"column":20}} )).call(alias2,lookupProperty(depth0,"rows"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":14,"column":10},"end":{"line":14,"column":26}}}),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":2},"end":{"line":20,"column":11}}})) != null ? stack1 : "")
    + "</table>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":8},"end":{"line":15,"column":40}}})) != null ? stack1 : "")
    + ">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":2},"end":{"line":18,"column":11}}})) != null ? stack1 : "")
    + "  </tbody>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td>"
    + alias2(container.lambda(alias1(lookupProperty(depth0,"mission"), "label", {"start":{"line":17,"column":14},"end":{"line":17,"column":27}} ), depth0))
    + ": "
    + alias2((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":17,"column":33},"end":{"line":17,"column":37}} )).call(alias3,lookupProperty(lookupProperty(depth0,"mission"),"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":17,"column":31},"end":{"line":17,"column":52}}}))
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"goal"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":61},"end":{"line":17,"column":114}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias2(container.lambda(alias1(lookupProperty(depth0,"goal"), "label", {"start":{"line":17,"column":75},"end":{"line":17,"column":85}} ), depth0))
    + ": "
    + alias2((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":17,"column":91},"end":{"line":17,"column":95}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"goal"),"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":17,"column":89},"end":{"line":17,"column":107}}}));
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),lookupProperty(depth0,"note"),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>"
    + container.escapeExpression((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":25,"column":13},"end":{"line":25,"column":17}} )).call(alias2,lookupProperty(lookupProperty(depth0,"rpjmd"),"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":25,"column":11},"end":{"line":25,"column":31}}}))
    + "</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"rpjmd"),"theme"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":40},"end":{"line":25,"column":90}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":25,"column":97},"end":{"line":25,"column":103}} )).call(alias2,lookupProperty(lookupProperty(depth0,"rpjmd"),"focus"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":25,"column":96},"end":{"line":25,"column":116}}}),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":90},"end":{"line":25,"column":153}}})) != null ? stack1 : "")
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":26,"column":7},"end":{"line":26,"column":13}} )).call(alias2,lookupProperty(lookupProperty(depth0,"rpjmd"),"focus"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":26,"column":6},"end":{"line":26,"column":26}}}),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":26,"column":110}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": “"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":25,"column":64},"end":{"line":25,"column":68}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rpjmd"),"theme"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":25,"column":62},"end":{"line":25,"column":82}}}))
    + "”";
},"9":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ". "
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":25,"column":122},"end":{"line":25,"column":123}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.focusAreas",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":25,"column":120},"end":{"line":25,"column":145}}}))
    + ":";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ol class=\"legal\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rpjmd"),"focus"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":46},"end":{"line":26,"column":98}}})) != null ? stack1 : "")
    + "</ol>";
},"11":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":26,"column":73},"end":{"line":26,"column":77}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":26,"column":71},"end":{"line":26,"column":84}}}))
    + "</li>";
},"12":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":28,"column":29},"end":{"line":28,"column":30}} )).call(alias2,"labels.pillars",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":28,"column":27},"end":{"line":28,"column":49}}}))
    + ": "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":28,"column":53},"end":{"line":28,"column":57}} )).call(alias2,(lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":28,"column":59},"end":{"line":28,"column":63}} )).call(alias2,lookupProperty(depth0,"pillars"),"; ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":28,"column":58},"end":{"line":28,"column":77}}}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":28,"column":51},"end":{"line":28,"column":79}}}))
    + ".</p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"documentCaption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"facts\">\n  <tbody class=\"keep\">\n    <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":26},"end":{"line":4,"column":27}} )).call(alias2,"labels.document",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":24},"end":{"line":4,"column":47}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":4,"column":58},"end":{"line":4,"column":62}} )).call(alias2,lookupProperty(depth0,"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":4,"column":56},"end":{"line":4,"column":70}}}))
    + "</td></tr>\n    <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":26},"end":{"line":5,"column":27}} )).call(alias2,"labels.regulation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":24},"end":{"line":5,"column":49}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":5,"column":60},"end":{"line":5,"column":64}} )).call(alias2,lookupProperty(depth0,"regulation"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":5,"column":58},"end":{"line":5,"column":77}}}))
    + "</td></tr>\n    "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"approved"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":4},"end":{"line":6,"column":112}}})) != null ? stack1 : "")
    + "\n    <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":26},"end":{"line":7,"column":27}} )).call(alias2,"labels.rpjpdVision",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":24},"end":{"line":7,"column":50}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":61},"end":{"line":7,"column":65}} )).call(alias2,lookupProperty(depth0,"vision"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":59},"end":{"line":7,"column":74}}}))
    + "</td></tr>\n  </tbody>\n</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"missionsCaption"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":23,"column":43}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"rpjmd"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":28,"column":7},"end":{"line":28,"column":13}} )).call(alias2,lookupProperty(depth0,"pillars"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":28,"column":6},"end":{"line":28,"column":22}}}),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":28,"column":91}}})) != null ? stack1 : "")
    + "\n";
},"usePartial":true,"useData":true},
  // partials/block-stages.hbs
  "bba4e56d07b03de00cfa3c805c82738dd03ad924d23c91c4e903d63d8d679637": {"0":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":6,"column":14},"end":{"line":6,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":6,"column":12},"end":{"line":6,"column":20}}}) : helper)))
    + "</td><td class=\"nowrap\">"
    + alias4((((helper = lookupProperty(helpers,"start") || alias1(depth0, "start", {"start":{"line":6,"column":46},"end":{"line":6,"column":51}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"start","hash":{},"data":data,"loc":{"start":{"line":6,"column":44},"end":{"line":6,"column":53}}}) : helper)))
    + "–"
    + alias4((((helper = lookupProperty(helpers,"end") || alias1(depth0, "end", {"start":{"line":6,"column":56},"end":{"line":6,"column":59}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"end","hash":{},"data":data,"loc":{"start":{"line":6,"column":54},"end":{"line":6,"column":61}}}) : helper)))
    + "</td><td>"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":6,"column":72},"end":{"line":6,"column":76}} )).call(alias2,lookupProperty(depth0,"theme"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":6,"column":70},"end":{"line":6,"column":84}}}))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":19},"end":{"line":3,"column":20}} )).call(alias2,"labels.stage",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":17},"end":{"line":3,"column":37}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":48},"end":{"line":3,"column":49}} )).call(alias2,"labels.period",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":46},"end":{"line":3,"column":67}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":78},"end":{"line":3,"column":79}} )).call(alias2,"labels.theme",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":76},"end":{"line":3,"column":96}}}))
    + "</th></tr></thead>\n  <tbody class=\"keep\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"stages"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":2},"end":{"line":7,"column":11}}})) != null ? stack1 : "")
    + "  </tbody>\n</table>\n";
},"usePartial":true,"useData":true},
  // partials/block-swot.hbs
  "3d1b44300056a0c94e71aef4a36f26e9553ea7228b1e7b2b17eabb390f4b017d": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><th scope=\"row\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":5,"column":26},"end":{"line":5,"column":31}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":5,"column":24},"end":{"line":5,"column":33}}}) : helper)))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":5,"column":42},"end":{"line":5,"column":139}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div><strong>"
    + alias3((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":5,"column":72},"end":{"line":5,"column":77}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":5,"column":70},"end":{"line":5,"column":79}}}) : helper)))
    + "</strong> "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":5,"column":91},"end":{"line":5,"column":95}} )).call(alias2,lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":5,"column":89},"end":{"line":5,"column":102}}}))
    + "</div>";
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"blank")||container.strict(depth0, "blank", {"start":{"line":5,"column":118},"end":{"line":5,"column":123}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),null,{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":5,"column":116},"end":{"line":5,"column":130}}}));
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":8},"end":{"line":13,"column":40}}})) != null ? stack1 : "")
    + ">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":2},"end":{"line":14,"column":278}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"4":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td class=\"nowrap\">"
    + alias4((((helper = lookupProperty(helpers,"kind") || alias1(depth0, "kind", {"start":{"line":14,"column":41},"end":{"line":14,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":14,"column":39},"end":{"line":14,"column":47}}}) : helper)))
    + "</td><td>"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":14,"column":58},"end":{"line":14,"column":62}} )).call(alias2,lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":14,"column":56},"end":{"line":14,"column":69}}}))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"factors") || alias1(depth0, "factors", {"start":{"line":14,"column":80},"end":{"line":14,"column":87}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"factors","hash":{},"data":data,"loc":{"start":{"line":14,"column":78},"end":{"line":14,"column":89}}}) : helper)))
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"programs"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":14,"column":98},"end":{"line":14,"column":259}}})) != null ? stack1 : "")
    + "</td></tr>";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":116},"end":{"line":14,"column":147}}})) != null ? stack1 : "")
    + "<a href=\"#"
    + alias3((((helper = lookupProperty(helpers,"anchor") || alias2(depth0, "anchor", {"start":{"line":14,"column":159},"end":{"line":14,"column":165}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":14,"column":157},"end":{"line":14,"column":167}}}) : helper)))
    + "\">"
    + alias3((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":14,"column":171},"end":{"line":14,"column":175}} )).call(alias1,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":14,"column":169},"end":{"line":14,"column":182}}}))
    + "</a>";
},"7":function(container,depth0,helpers,partials,data) {
    return "; ";
},"8":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"unassigned\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":14,"column":221},"end":{"line":14,"column":222}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.noProgram",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":219},"end":{"line":14,"column":243}}}))
    + "</span>";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),(lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":18,"column":53},"end":{"line":18,"column":54}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.proposedStrategies",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":18,"column":52},"end":{"line":18,"column":83}}}),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depth0,"captions"),"factors"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid swot\">\n  <tbody class=\"keep\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"factors"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":6,"column":11}}})) != null ? stack1 : "")
    + "  </tbody>\n</table>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depth0,"captions"),"strategies"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":11,"column":19},"end":{"line":11,"column":20}} )).call(alias1,"labels.strategyKind",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":17},"end":{"line":11,"column":44}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":11,"column":55},"end":{"line":11,"column":56}} )).call(alias1,"labels.strategy",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":53},"end":{"line":11,"column":76}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":11,"column":87},"end":{"line":11,"column":88}} )).call(alias1,"labels.factors",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":85},"end":{"line":11,"column":107}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":11,"column":118},"end":{"line":11,"column":119}} )).call(alias1,"labels.carriedBy",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":116},"end":{"line":11,"column":140}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(lookupProperty(helpers,"rowGroups")||alias2(depth0, "rowGroups", {"start":{"line":12,"column":11},"end":{"line":12,"column":20}} )).call(alias1,lookupProperty(depth0,"strategies"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":12,"column":10},"end":{"line":12,"column":32}}}),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":2},"end":{"line":16,"column":11}}})) != null ? stack1 : "")
    + "</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"and")||alias2(depth0, "and", {"start":{"line":18,"column":7},"end":{"line":18,"column":10}} )).call(alias1,lookupProperty(depth0,"proposed"),lookupProperty(lookupProperty(data,"root"),"draft"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":18,"column":6},"end":{"line":18,"column":32}}}),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":18,"column":92}}})) != null ? stack1 : "")
    + "\n";
},"usePartial":true,"useData":true},
  // partials/block-traceability.hbs
  "7e65569142fe9186fa27192a73c8448da0a124cce98d9953b080e22fe8305d08": {"0":function(container,depth0,helpers,partials,data) {
    return "<th>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</th>";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<th>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"rpjmd") || container.strict(depth0, "rpjmd", {"start":{"line":3,"column":104},"end":{"line":3,"column":109}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"rpjmd","hash":{},"data":data,"loc":{"start":{"line":3,"column":102},"end":{"line":3,"column":111}}}) : helper)))
    + "</th>";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<th>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"pillars") || container.strict(depth0, "pillars", {"start":{"line":3,"column":144},"end":{"line":3,"column":151}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"pillars","hash":{},"data":data,"loc":{"start":{"line":3,"column":142},"end":{"line":3,"column":153}}}) : helper)))
    + "</th>";
},"3":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":40}}})) != null ? stack1 : "")
    + ">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "  </tbody>\n";
},"4":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"5":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td class=\"text\"><a href=\"#"
    + alias3((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":7,"column":37},"end":{"line":7,"column":43}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":7,"column":35},"end":{"line":7,"column":45}}}) : helper)))
    + "\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":49},"end":{"line":7,"column":53}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":47},"end":{"line":7,"column":60}}}))
    + "</a></td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"marks"),{"name":"each","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":69},"end":{"line":7,"column":135}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depths[2],"rpjmd"),{"name":"if","hash":{},"fn":container.program(8, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":135},"end":{"line":7,"column":260}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depths[2],"pillars"),{"name":"if","hash":{},"fn":container.program(11, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":260},"end":{"line":7,"column":391}}})) != null ? stack1 : "")
    + "</tr>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td class=\"mark\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":101},"end":{"line":7,"column":121}}})) != null ? stack1 : "")
    + "</td>";
},"7":function(container,depth0,helpers,partials,data) {
    return "•";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td class=\"text\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||container.strict(depth0, "filled", {"start":{"line":7,"column":178},"end":{"line":7,"column":184}} )).call(alias1,lookupProperty(depth0,"rpjmd"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":7,"column":177},"end":{"line":7,"column":191}}}),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":7,"column":171},"end":{"line":7,"column":248}}})) != null ? stack1 : "")
    + "</td>";
},"9":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":195},"end":{"line":7,"column":199}} )).call(alias2,(lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":7,"column":201},"end":{"line":7,"column":205}} )).call(alias2,lookupProperty(depth0,"rpjmd"),"; ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":7,"column":200},"end":{"line":7,"column":217}}}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":193},"end":{"line":7,"column":219}}}));
},"10":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"blank")||container.strict(depth0, "blank", {"start":{"line":7,"column":229},"end":{"line":7,"column":234}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),null,{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":7,"column":227},"end":{"line":7,"column":241}}}));
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td class=\"text\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||container.strict(depth0, "filled", {"start":{"line":7,"column":305},"end":{"line":7,"column":311}} )).call(alias1,lookupProperty(depth0,"pillars"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":7,"column":304},"end":{"line":7,"column":320}}}),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":7,"column":298},"end":{"line":7,"column":379}}})) != null ? stack1 : "")
    + "</td>";
},"12":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":324},"end":{"line":7,"column":328}} )).call(alias2,(lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":7,"column":330},"end":{"line":7,"column":334}} )).call(alias2,lookupProperty(depth0,"pillars"),"; ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":7,"column":329},"end":{"line":7,"column":348}}}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":322},"end":{"line":7,"column":350}}}));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid matrix small\">\n  <thead><tr><th>"
    + container.escapeExpression((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":19},"end":{"line":3,"column":20}} )).call(alias2,"labels.program",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":17},"end":{"line":3,"column":39}}}))
    + "</th>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":44},"end":{"line":3,"column":85}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"rpjmd"),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":85},"end":{"line":3,"column":123}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"pillars"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":123},"end":{"line":3,"column":165}}})) != null ? stack1 : "")
    + "</tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":4,"column":11},"end":{"line":4,"column":20}} )).call(alias2,lookupProperty(depth0,"rows"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":4,"column":10},"end":{"line":4,"column":26}}}),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":10,"column":11}}})) != null ? stack1 : "")
    + "</table>\n";
},"usePartial":true,"useData":true,"useDepths":true},
  // partials/block-vision.hbs
  "198302eabe020c9fd149d6e189f2ec1fc86231435b2781f523001de16dec708b": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":5,"column":13},"end":{"line":5,"column":14}} )).call(alias1,"labels.masterplanMissions",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":11},"end":{"line":5,"column":44}}}))
    + ":</strong></p>\n<ol class=\"legal\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"missions"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":18},"end":{"line":6,"column":67}}})) != null ? stack1 : "")
    + "</ol>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":6,"column":42},"end":{"line":6,"column":46}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":6,"column":40},"end":{"line":6,"column":53}}}))
    + "</li>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),(lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":9,"column":53},"end":{"line":9,"column":54}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.proposedVision",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":52},"end":{"line":9,"column":79}}}),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"masterplan-vision\">\n<p class=\"vision\"><strong>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":28},"end":{"line":3,"column":29}} )).call(alias2,"labels.masterplanVision",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":26},"end":{"line":3,"column":57}}}))
    + ":</strong> "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":3,"column":70},"end":{"line":3,"column":74}} )).call(alias2,lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":3,"column":68},"end":{"line":3,"column":81}}}))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":4,"column":7},"end":{"line":4,"column":13}} )).call(alias2,lookupProperty(depth0,"missions"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":4,"column":6},"end":{"line":4,"column":23}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + "</div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"and")||alias1(depth0, "and", {"start":{"line":9,"column":7},"end":{"line":9,"column":10}} )).call(alias2,lookupProperty(depth0,"proposed"),lookupProperty(lookupProperty(data,"root"),"draft"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":9,"column":6},"end":{"line":9,"column":32}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":88}}})) != null ? stack1 : "")
    + "\n";
},"usePartial":true,"useData":true},
  // partials/caption.hbs
  "f104816483d40b1f3cb4ee28c8887cca81c53c386da640940dd813ae7d40d7b1": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"caption\"><span class=\"caption-label\">"
    + alias3((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":1,"column":49},"end":{"line":1,"column":54}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":1,"column":47},"end":{"line":1,"column":56}}}) : helper)))
    + "</span> "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":1,"column":66},"end":{"line":1,"column":70}} )).call(alias2,lookupProperty(depth0,"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":64},"end":{"line":1,"column":78}}}))
    + "</p>\n";
},"useData":true},
  // partials/certified-copy.hbs
  "c00a99ca622cbc9f69a7c381139a8260abe64b48c24878d78b6065b564bc1ac7": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(data,"root"),"certifiedCopy"),{"name":"with","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"certified-copy\">\n  <div>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":9},"end":{"line":4,"column":10}} )).call(alias2,"labels.certifiedCopy",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":7},"end":{"line":4,"column":35}}}))
    + "</div>\n  <div>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":5,"column":9},"end":{"line":5,"column":13}} )).call(alias2,lookupProperty(depth0,"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":5,"column":7},"end":{"line":5,"column":21}}}))
    + ",</div>\n  <div class=\"signature-space\"></div>\n  <div class=\"certified-name\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":32},"end":{"line":7,"column":36}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":30},"end":{"line":7,"column":43}}}))
    + "</div>\n  <div>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":8,"column":9},"end":{"line":8,"column":13}} )).call(alias2,lookupProperty(depth0,"rank"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":8,"column":7},"end":{"line":8,"column":20}}}))
    + "</div>\n  <div>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":9,"column":9},"end":{"line":9,"column":10}} )).call(alias2,"labels.nip",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":7},"end":{"line":9,"column":25}}}))
    + " "
    + alias3((((helper = lookupProperty(helpers,"nip") || alias1(depth0, "nip", {"start":{"line":9,"column":28},"end":{"line":9,"column":31}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"nip","hash":{},"data":data,"loc":{"start":{"line":9,"column":26},"end":{"line":9,"column":33}}}) : helper)))
    + "</div>\n</div>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(data,"root"),"certifiedCopy"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  // partials/changes.hbs
  "6f048d0511a1f6f94f30df46a6665394ef1654115e0f92e5093c141076cc1ed3": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <section class=\"change-part\">\n    <p class=\"label\"><strong>"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":6,"column":31},"end":{"line":6,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":6,"column":29},"end":{"line":6,"column":38}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":6,"column":41},"end":{"line":6,"column":46}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":39},"end":{"line":6,"column":48}}}) : helper)))
    + "</strong></p>\n    <ol class=\"legal\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":4},"end":{"line":12,"column":13}}})) != null ? stack1 : "")
    + "    </ol>\n  </section>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <li>"
    + container.escapeExpression((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":9,"column":12},"end":{"line":9,"column":16}} )).call(alias2,lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":10},"end":{"line":9,"column":23}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":9,"column":30},"end":{"line":9,"column":36}} )).call(alias2,lookupProperty(depth0,"details"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":9,"column":29},"end":{"line":9,"column":45}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":9,"column":23},"end":{"line":11,"column":22}}})) != null ? stack1 : "")
    + "</li>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":\n        <ol class=\"legal\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":26},"end":{"line":10,"column":104}}})) != null ? stack1 : "")
    + "</ol>\n      ";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":10,"column":49},"end":{"line":10,"column":53}} )).call(alias1,depth0,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":10,"column":47},"end":{"line":10,"column":60}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(data,"last"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":10,"column":60},"end":{"line":10,"column":90}}})) != null ? stack1 : "")
    + "</li>";
},"4":function(container,depth0,helpers,partials,data) {
    return ".";
},"5":function(container,depth0,helpers,partials,data) {
    return ";";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depth0,"budget"),"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "  <table class=\"grid numbers\">\n    <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":19,"column":21},"end":{"line":19,"column":22}} )).call(alias2,"labels.dimension",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":19},"end":{"line":19,"column":43}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":19,"column":54},"end":{"line":19,"column":55}} )).call(alias2,"changes.before",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":52},"end":{"line":19,"column":74}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":19,"column":85},"end":{"line":19,"column":86}} )).call(alias2,"changes.after",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":83},"end":{"line":19,"column":104}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":20,"column":13},"end":{"line":20,"column":22}} )).call(alias2,lookupProperty(lookupProperty(depth0,"budget"),"rows"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":20,"column":12},"end":{"line":20,"column":35}}}),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":4},"end":{"line":24,"column":13}}})) != null ? stack1 : "")
    + "  </table>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":10},"end":{"line":21,"column":42}}})) != null ? stack1 : "")
    + ">\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":4},"end":{"line":22,"column":123}}})) != null ? stack1 : "")
    + "\n    </tbody>\n";
},"8":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"9":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td class=\"text\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":22,"column":41},"end":{"line":22,"column":45}} )).call(alias2,lookupProperty(depth0,"label"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":22,"column":39},"end":{"line":22,"column":53}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"amount")||alias1(depth0, "amount", {"start":{"line":22,"column":64},"end":{"line":22,"column":70}} )).call(alias2,lookupProperty(depth0,"before"),{"name":"amount","hash":{},"data":data,"loc":{"start":{"line":22,"column":62},"end":{"line":22,"column":79}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"amount")||alias1(depth0, "amount", {"start":{"line":22,"column":90},"end":{"line":22,"column":96}} )).call(alias2,lookupProperty(depth0,"after"),{"name":"amount","hash":{},"data":data,"loc":{"start":{"line":22,"column":88},"end":{"line":22,"column":104}}}))
    + "</td></tr>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"front changes\">\n  <h1 id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":2,"column":12},"end":{"line":2,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":2,"column":10},"end":{"line":2,"column":20}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":2,"column":24},"end":{"line":2,"column":29}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":2,"column":22},"end":{"line":2,"column":31}}}) : helper)))
    + "</h1>\n  <p>"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":3,"column":7},"end":{"line":3,"column":11}} )).call(alias2,lookupProperty(depth0,"basis"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":3,"column":5},"end":{"line":3,"column":19}}}))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"parts"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":15,"column":11}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"budget"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":2},"end":{"line":26,"column":9}}})) != null ? stack1 : "")
    + "</section>\n";
},"usePartial":true,"useData":true},
  // partials/chapter.hbs
  "330e6bea68333acd13fc47c28483caf347d87142e4311c104751e4bc9a85fea3": {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"prose\">"
    + container.escapeExpression((lookupProperty(helpers,"markdown")||container.strict(depth0, "markdown", {"start":{"line":3,"column":36},"end":{"line":3,"column":44}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"intro"),{"name":"markdown","hash":{},"data":data,"loc":{"start":{"line":3,"column":34},"end":{"line":3,"column":52}}}))
    + "</div>";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),lookupProperty(depth0,"note"),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"empty\">"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":5,"column":34},"end":{"line":5,"column":38}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"empty"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":5,"column":32},"end":{"line":5,"column":46}}}))
    + "</p>";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"section"),depth0,{"name":"section","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"chapter\">\n  <h1 id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":2,"column":12},"end":{"line":2,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":2,"column":10},"end":{"line":2,"column":20}}}) : helper)))
    + "\"><span class=\"chapter-label\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":2,"column":52},"end":{"line":2,"column":57}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":2,"column":50},"end":{"line":2,"column":59}}}) : helper)))
    + "</span> <span class=\"chapter-title\">"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":2,"column":97},"end":{"line":2,"column":101}} )).call(alias2,lookupProperty(depth0,"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":2,"column":95},"end":{"line":2,"column":109}}}))
    + "</span></h1>\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"intro"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":3,"column":65}}})) != null ? stack1 : "")
    + "\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":45}}})) != null ? stack1 : "")
    + "\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"empty"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":2},"end":{"line":5,"column":57}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"sections"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "</section>\n";
},"usePartial":true,"useData":true},
  // partials/drafting-note.hbs
  "2af909df80e7c6df183ef3991ff35d50f555113966dd98aa133c0eb63a11850d": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<aside class=\"drafting-note\"><span class=\"drafting-note-label\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":65},"end":{"line":1,"column":66}} )).call(alias2,"draftingNote",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":63},"end":{"line":1,"column":83}}}))
    + ":</span> "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":1,"column":94},"end":{"line":1,"column":98}} )).call(alias2,depth0,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":92},"end":{"line":1,"column":105}}}))
    + "</aside>\n";
},"useData":true},
  // partials/glossary.hbs
  "20ececa283277fbc72b5d5e56fed27ec09f4e2eff6ab994171d6c18d74773a1f": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":42}}})) != null ? stack1 : "")
    + ">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":4},"end":{"line":8,"column":13}}})) != null ? stack1 : "")
    + "    </tbody>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr><td class=\"term\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"foreign"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":7,"column":27},"end":{"line":7,"column":98}}})) != null ? stack1 : "")
    + "</td><td class=\"meaning\">"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":7,"column":125},"end":{"line":7,"column":129}} )).call(alias1,lookupProperty(depth0,"meaning"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":123},"end":{"line":7,"column":139}}}))
    + "</td></tr>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<em class=\"foreign\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"term") || container.strict(depth0, "term", {"start":{"line":7,"column":64},"end":{"line":7,"column":68}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"term","hash":{},"data":data,"loc":{"start":{"line":7,"column":62},"end":{"line":7,"column":70}}}) : helper)))
    + "</em>";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"term") || container.strict(depth0, "term", {"start":{"line":7,"column":85},"end":{"line":7,"column":89}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"term","hash":{},"data":data,"loc":{"start":{"line":7,"column":83},"end":{"line":7,"column":91}}}) : helper)));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"front glossary\">\n  <h1 id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":2,"column":12},"end":{"line":2,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":2,"column":10},"end":{"line":2,"column":20}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":2,"column":24},"end":{"line":2,"column":29}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":2,"column":22},"end":{"line":2,"column":31}}}) : helper)))
    + "</h1>\n  <table class=\"glossary-list\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":4,"column":13},"end":{"line":4,"column":22}} )).call(alias2,lookupProperty(depth0,"entries"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":4,"column":12},"end":{"line":4,"column":31}}}),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":10,"column":13}}})) != null ? stack1 : "")
    + "  </table>\n</section>\n";
},"useData":true},
  // partials/program-budget.hbs
  "66634907adf658d4779dcf58db3d77c0367edb41f0206d9c67d68f61306cd562": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid numbers budget\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":19},"end":{"line":5,"column":20}} )).call(alias2,"labels.year",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":17},"end":{"line":5,"column":36}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":47},"end":{"line":5,"column":48}} )).call(alias2,"labels.source",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":45},"end":{"line":5,"column":66}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":77},"end":{"line":5,"column":78}} )).call(alias2,"labels.amount",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":75},"end":{"line":5,"column":96}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":6,"column":11},"end":{"line":6,"column":20}} )).call(alias2,lookupProperty(depth0,"budget"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":28}}}),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":11,"column":11}}})) != null ? stack1 : "")
    + "</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"budgetTotal"),"complete"),{"name":"if","hash":{},"fn":container.program(10, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":116}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"and")||alias1(depth0, "and", {"start":{"line":14,"column":7},"end":{"line":14,"column":10}} )).call(alias2,lookupProperty(depth0,"budgetProposed"),lookupProperty(lookupProperty(data,"root"),"draft"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":14,"column":6},"end":{"line":14,"column":38}}}),{"name":"if","hash":{},"fn":container.program(11, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":94}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":8},"end":{"line":7,"column":40}}})) != null ? stack1 : "")
    + ">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":324}}})) != null ? stack1 : "")
    + "\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(data,"last"),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":130}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"year") || alias1(depth0, "year", {"start":{"line":8,"column":26},"end":{"line":8,"column":30}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"year","hash":{},"data":data,"loc":{"start":{"line":8,"column":24},"end":{"line":8,"column":32}}}) : helper)))
    + "</td><td class=\"text\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"source"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":8,"column":54},"end":{"line":8,"column":138}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"proposed"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":138},"end":{"line":8,"column":221}}})) != null ? stack1 : "")
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":8,"column":237},"end":{"line":8,"column":239}} )).call(alias2,lookupProperty(depth0,"amount"),null,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":8,"column":236},"end":{"line":8,"column":252}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":8,"column":230},"end":{"line":8,"column":305}}})) != null ? stack1 : "")
    + "</td></tr>";
},"4":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":8,"column":70},"end":{"line":8,"column":71}} )).call(alias2,(lookupProperty(helpers,"concat")||alias1(depth0, "concat", {"start":{"line":8,"column":73},"end":{"line":8,"column":79}} )).call(alias2,"sources.",lookupProperty(depth0,"source"),{"name":"concat","hash":{},"data":data,"loc":{"start":{"line":8,"column":72},"end":{"line":8,"column":98}}}),{"name":"t","hash":{},"data":data,"loc":{"start":{"line":8,"column":68},"end":{"line":8,"column":100}}}));
},"5":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":8,"column":110},"end":{"line":8,"column":111}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"sources.unknown",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":8,"column":108},"end":{"line":8,"column":131}}}));
},"6":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"proposed\">("
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":8,"column":181},"end":{"line":8,"column":182}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.proposedMark",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":8,"column":179},"end":{"line":8,"column":206}}}))
    + ")</span>";
},"7":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"blank")||container.strict(depth0, "blank", {"start":{"line":8,"column":256},"end":{"line":8,"column":261}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),null,{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":8,"column":254},"end":{"line":8,"column":268}}}));
},"8":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"groupDigits")||container.strict(depth0, "groupDigits", {"start":{"line":8,"column":278},"end":{"line":8,"column":289}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"amount"),{"name":"groupDigits","hash":{},"data":data,"loc":{"start":{"line":8,"column":276},"end":{"line":8,"column":298}}}));
},"9":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr class=\"total\"><th colspan=\"2\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":9,"column":51},"end":{"line":9,"column":52}} )).call(alias2,"total",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":49},"end":{"line":9,"column":62}}}))
    + "</th><td><strong>"
    + alias3((lookupProperty(helpers,"digits")||alias1(depth0, "digits", {"start":{"line":9,"column":81},"end":{"line":9,"column":87}} )).call(alias2,lookupProperty(depths[1],"budgetTotal"),{"name":"digits","hash":{},"data":data,"loc":{"start":{"line":9,"column":79},"end":{"line":9,"column":104}}}))
    + "</strong></td></tr>";
},"10":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"note\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":46},"end":{"line":13,"column":47}} )).call(alias2,"labels.inWords",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":44},"end":{"line":13,"column":66}}}))
    + ": <em>"
    + alias3((lookupProperty(helpers,"amountWords")||alias1(depth0, "amountWords", {"start":{"line":13,"column":74},"end":{"line":13,"column":85}} )).call(alias2,lookupProperty(depth0,"budgetTotal"),{"name":"amountWords","hash":{},"data":data,"loc":{"start":{"line":13,"column":72},"end":{"line":13,"column":99}}}))
    + "</em>.</p>";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),(lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":14,"column":59},"end":{"line":14,"column":60}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.proposedBudget",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":58},"end":{"line":14,"column":85}}}),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||container.strict(depth0, "filled", {"start":{"line":2,"column":7},"end":{"line":2,"column":13}} )).call(alias1,lookupProperty(depth0,"budget"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":2,"column":6},"end":{"line":2,"column":21}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true,"useDepths":true},
  // partials/program-indicators.hbs
  "163f2b32030505a142c198e62489fd600ed999afca7af1c4027ca301057f9c69": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(depth0,"caption"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid numbers\">\n  <thead>\n    <tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":6,"column":14},"end":{"line":6,"column":15}} )).call(alias2,"labels.indicator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":12},"end":{"line":6,"column":36}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":6,"column":47},"end":{"line":6,"column":48}} )).call(alias2,"labels.unit",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":45},"end":{"line":6,"column":64}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":6,"column":75},"end":{"line":6,"column":76}} )).call(alias2,"labels.baseline",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":73},"end":{"line":6,"column":96}}}))
    + "</th>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"indicatorYears"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":101},"end":{"line":6,"column":151}}})) != null ? stack1 : "")
    + "</tr>\n  </thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":8,"column":11},"end":{"line":8,"column":20}} )).call(alias2,lookupProperty(depth0,"indicators"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":8,"column":10},"end":{"line":8,"column":32}}}),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":14,"column":11}}})) != null ? stack1 : "")
    + "</table>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"source-line"),lookupProperty(depth0,"caption"),{"name":"source-line","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "<th>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</th>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":8},"end":{"line":9,"column":40}}})) != null ? stack1 : "")
    + ">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":2},"end":{"line":12,"column":11}}})) != null ? stack1 : "")
    + "  </tbody>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td class=\"text\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":11,"column":27},"end":{"line":11,"column":31}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":11,"column":25},"end":{"line":11,"column":38}}}))
    + "</td><td class=\"text\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":11,"column":62},"end":{"line":11,"column":66}} )).call(alias2,lookupProperty(depth0,"unit"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":11,"column":60},"end":{"line":11,"column":73}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"baseline")||alias1(depth0, "baseline", {"start":{"line":11,"column":84},"end":{"line":11,"column":92}} )).call(alias2,lookupProperty(depth0,"baseline"),{"name":"baseline","hash":{},"data":data,"loc":{"start":{"line":11,"column":82},"end":{"line":11,"column":103}}}))
    + "</td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"targets"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":108},"end":{"line":11,"column":158}}})) != null ? stack1 : "")
    + "</tr>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td>"
    + container.escapeExpression((lookupProperty(helpers,"target")||container.strict(depth0, "target", {"start":{"line":11,"column":131},"end":{"line":11,"column":137}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"target","hash":{},"data":data,"loc":{"start":{"line":11,"column":129},"end":{"line":11,"column":144}}}))
    + "</td>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||container.strict(depth0, "filled", {"start":{"line":2,"column":7},"end":{"line":2,"column":13}} )).call(alias1,lookupProperty(depth0,"indicators"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":2,"column":6},"end":{"line":2,"column":25}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  // partials/program-profile.hbs
  "fecd47bdd2a358d9fd3a0c53192b9bd0995a50edd78d0b70bac39b784da03988": {"0":function(container,depth0,helpers,partials,data) {
    return " quick-win";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"quickWin"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":3,"column":76}}})) != null ? stack1 : "")
    + "\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"and")||alias2(depth0, "and", {"start":{"line":4,"column":9},"end":{"line":4,"column":12}} )).call(alias1,lookupProperty(depth0,"proposed"),lookupProperty(lookupProperty(data,"root"),"draft"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":4,"column":8},"end":{"line":4,"column":34}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":91}}})) != null ? stack1 : "")
    + "\n  <div class=\"prose\">"
    + alias3((lookupProperty(helpers,"markdown")||alias2(depth0, "markdown", {"start":{"line":5,"column":23},"end":{"line":5,"column":31}} )).call(alias1,lookupProperty(depth0,"description"),{"name":"markdown","hash":{},"data":data,"loc":{"start":{"line":5,"column":21},"end":{"line":5,"column":45}}}))
    + "</div>\n  "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depths[1],"captions"),"profile"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "  <table class=\"facts\">\n    <tbody>\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":9,"column":28},"end":{"line":9,"column":29}} )).call(alias1,"labels.dimension",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":26},"end":{"line":9,"column":50}}}))
    + " / "
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":9,"column":55},"end":{"line":9,"column":56}} )).call(alias1,"labels.element",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":53},"end":{"line":9,"column":75}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":9,"column":86},"end":{"line":9,"column":90}} )).call(alias1,lookupProperty(depth0,"dimensionName"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":84},"end":{"line":9,"column":106}}}))
    + " / "
    + alias3((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":9,"column":111},"end":{"line":9,"column":115}} )).call(alias1,lookupProperty(depth0,"elementName"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":9,"column":109},"end":{"line":9,"column":129}}}))
    + "</td></tr>\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"acronym"),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":6},"end":{"line":10,"column":109}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||alias2(depth0, "filled", {"start":{"line":11,"column":13},"end":{"line":11,"column":19}} )).call(alias1,lookupProperty(depth0,"nomenclature"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":11,"column":12},"end":{"line":11,"column":33}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":6},"end":{"line":11,"column":134}}})) != null ? stack1 : "")
    + "\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":12,"column":28},"end":{"line":12,"column":29}} )).call(alias1,"labels.lead",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":12,"column":26},"end":{"line":12,"column":45}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"agencyName")||alias2(depth0, "agencyName", {"start":{"line":12,"column":56},"end":{"line":12,"column":66}} )).call(alias1,lookupProperty(depth0,"lead"),{"name":"agencyName","hash":{},"data":data,"loc":{"start":{"line":12,"column":54},"end":{"line":12,"column":73}}}))
    + "</td></tr>\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||alias2(depth0, "filled", {"start":{"line":13,"column":13},"end":{"line":13,"column":19}} )).call(alias1,lookupProperty(depth0,"supporting"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":13,"column":12},"end":{"line":13,"column":31}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":6},"end":{"line":13,"column":179}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"location"),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":6},"end":{"line":14,"column":108}}})) != null ? stack1 : "")
    + "\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":15,"column":28},"end":{"line":15,"column":29}} )).call(alias1,"labels.years",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":26},"end":{"line":15,"column":46}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"yearSpan")||alias2(depth0, "yearSpan", {"start":{"line":15,"column":57},"end":{"line":15,"column":65}} )).call(alias1,lookupProperty(depth0,"start"),lookupProperty(depth0,"end"),{"name":"yearSpan","hash":{},"data":data,"loc":{"start":{"line":15,"column":55},"end":{"line":15,"column":77}}}))
    + "</td></tr>\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":16,"column":28},"end":{"line":16,"column":29}} )).call(alias1,"labels.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":26},"end":{"line":16,"column":47}}}))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"status"),{"name":"if","hash":{},"fn":container.program(10, data, 0, blockParams, depths),"inverse":container.program(11, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":16,"column":56},"end":{"line":16,"column":130}}})) != null ? stack1 : "")
    + "</td></tr>\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":17,"column":28},"end":{"line":17,"column":29}} )).call(alias1,"labels.progress",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":17,"column":26},"end":{"line":17,"column":49}}}))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"progress"),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams, depths),"inverse":container.program(11, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":17,"column":58},"end":{"line":17,"column":170}}})) != null ? stack1 : "")
    + "</td></tr>\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"infrastructure"),{"name":"if","hash":{},"fn":container.program(13, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":6},"end":{"line":18,"column":154}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"objective"),{"name":"if","hash":{},"fn":container.program(14, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":6},"end":{"line":19,"column":111}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"output"),{"name":"if","hash":{},"fn":container.program(15, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":6},"end":{"line":20,"column":102}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"outcome"),{"name":"if","hash":{},"fn":container.program(16, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":6},"end":{"line":21,"column":105}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||alias2(depth0, "filled", {"start":{"line":22,"column":13},"end":{"line":22,"column":19}} )).call(alias1,lookupProperty(depth0,"rpjpdGoals"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":22,"column":12},"end":{"line":22,"column":31}}}),{"name":"if","hash":{},"fn":container.program(17, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":6},"end":{"line":22,"column":183}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||alias2(depth0, "filled", {"start":{"line":23,"column":13},"end":{"line":23,"column":19}} )).call(alias1,lookupProperty(depth0,"rpjmdFocus"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":23,"column":12},"end":{"line":23,"column":31}}}),{"name":"if","hash":{},"fn":container.program(19, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":6},"end":{"line":23,"column":136}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||alias2(depth0, "filled", {"start":{"line":24,"column":13},"end":{"line":24,"column":19}} )).call(alias1,lookupProperty(depth0,"digitalPillars"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":24,"column":12},"end":{"line":24,"column":35}}}),{"name":"if","hash":{},"fn":container.program(20, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":6},"end":{"line":24,"column":140}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"filled")||alias2(depth0, "filled", {"start":{"line":25,"column":13},"end":{"line":25,"column":19}} )).call(alias1,lookupProperty(depth0,"dependsOn"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":25,"column":12},"end":{"line":25,"column":30}}}),{"name":"if","hash":{},"fn":container.program(21, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":6},"end":{"line":25,"column":200}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(depth0,"budget"),{"name":"unless","hash":{},"fn":container.program(23, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":6},"end":{"line":26,"column":109}}})) != null ? stack1 : "")
    + "\n    </tbody>\n  </table>\n  "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"program-budget"),depth0,{"name":"program-budget","hash":{"caption":lookupProperty(lookupProperty(depths[1],"captions"),"budget")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "  "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"program-indicators"),depth0,{"name":"program-indicators","hash":{"caption":lookupProperty(lookupProperty(depths[1],"captions"),"indicators")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"badge\">"
    + container.escapeExpression((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":3,"column":37},"end":{"line":3,"column":41}} )).call(alias2,(lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":43},"end":{"line":3,"column":44}} )).call(alias2,"labels.quickWin",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":42},"end":{"line":3,"column":63}}}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":3,"column":35},"end":{"line":3,"column":65}}}))
    + "</p>";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),(lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":4,"column":55},"end":{"line":4,"column":56}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.proposedProgram",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":54},"end":{"line":4,"column":82}}}),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":10,"column":43},"end":{"line":10,"column":44}} )).call(alias2,"labels.popularName",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":10,"column":41},"end":{"line":10,"column":67}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":10,"column":78},"end":{"line":10,"column":82}} )).call(alias2,lookupProperty(depth0,"acronym"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":10,"column":76},"end":{"line":10,"column":92}}}))
    + "</td></tr>";
},"5":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":11,"column":57},"end":{"line":11,"column":58}} )).call(alias2,"labels.nomenclature",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":55},"end":{"line":11,"column":82}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":11,"column":93},"end":{"line":11,"column":97}} )).call(alias2,lookupProperty(depth0,"nomenclature"),"; ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":11,"column":91},"end":{"line":11,"column":117}}}))
    + "</td></tr>";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":13,"column":55},"end":{"line":13,"column":56}} )).call(alias1,"labels.supporting",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":53},"end":{"line":13,"column":78}}}))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"supporting"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":87},"end":{"line":13,"column":162}}})) != null ? stack1 : "")
    + "</td></tr>";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":107},"end":{"line":13,"column":138}}})) != null ? stack1 : "")
    + container.escapeExpression((lookupProperty(helpers,"agency")||container.strict(depth0, "agency", {"start":{"line":13,"column":140},"end":{"line":13,"column":146}} )).call(alias1,depth0,{"name":"agency","hash":{},"data":data,"loc":{"start":{"line":13,"column":138},"end":{"line":13,"column":153}}}));
},"8":function(container,depth0,helpers,partials,data) {
    return "; ";
},"9":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":14,"column":44},"end":{"line":14,"column":45}} )).call(alias2,"labels.location",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":42},"end":{"line":14,"column":65}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":14,"column":76},"end":{"line":14,"column":80}} )).call(alias2,lookupProperty(depth0,"location"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":14,"column":74},"end":{"line":14,"column":91}}}))
    + "</td></tr>";
},"10":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":16,"column":72},"end":{"line":16,"column":73}} )).call(alias2,(lookupProperty(helpers,"concat")||alias1(depth0, "concat", {"start":{"line":16,"column":75},"end":{"line":16,"column":81}} )).call(alias2,"status.",lookupProperty(depth0,"status"),{"name":"concat","hash":{},"data":data,"loc":{"start":{"line":16,"column":74},"end":{"line":16,"column":99}}}),{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":70},"end":{"line":16,"column":101}}}));
},"11":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"blank")||container.strict(depth0, "blank", {"start":{"line":16,"column":111},"end":{"line":16,"column":116}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),null,{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":16,"column":109},"end":{"line":16,"column":123}}}));
},"12":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3(alias2(alias1(lookupProperty(depth0,"progress"), "percent", {"start":{"line":17,"column":76},"end":{"line":17,"column":92}} ), depth0))
    + "% "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":17,"column":98},"end":{"line":17,"column":99}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.progressAsOf",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":17,"column":96},"end":{"line":17,"column":123}}}))
    + " "
    + alias3(alias2(alias1(lookupProperty(depth0,"progress"), "asOf", {"start":{"line":17,"column":126},"end":{"line":17,"column":139}} ), depth0));
},"13":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":18,"column":50},"end":{"line":18,"column":51}} )).call(alias2,"labels.infrastructureType",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":18,"column":48},"end":{"line":18,"column":81}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":18,"column":92},"end":{"line":18,"column":93}} )).call(alias2,(lookupProperty(helpers,"concat")||alias1(depth0, "concat", {"start":{"line":18,"column":95},"end":{"line":18,"column":101}} )).call(alias2,"infrastructure.",lookupProperty(depth0,"infrastructure"),{"name":"concat","hash":{},"data":data,"loc":{"start":{"line":18,"column":94},"end":{"line":18,"column":135}}}),{"name":"t","hash":{},"data":data,"loc":{"start":{"line":18,"column":90},"end":{"line":18,"column":137}}}))
    + "</td></tr>";
},"14":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":19,"column":45},"end":{"line":19,"column":46}} )).call(alias2,"labels.objective",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":43},"end":{"line":19,"column":67}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":19,"column":78},"end":{"line":19,"column":82}} )).call(alias2,lookupProperty(depth0,"objective"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":19,"column":76},"end":{"line":19,"column":94}}}))
    + "</td></tr>";
},"15":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":20,"column":42},"end":{"line":20,"column":43}} )).call(alias2,"labels.output",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":20,"column":40},"end":{"line":20,"column":61}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":20,"column":72},"end":{"line":20,"column":76}} )).call(alias2,lookupProperty(depth0,"output"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":20,"column":70},"end":{"line":20,"column":85}}}))
    + "</td></tr>";
},"16":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":21,"column":43},"end":{"line":21,"column":44}} )).call(alias2,"labels.outcome",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":41},"end":{"line":21,"column":63}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":21,"column":74},"end":{"line":21,"column":78}} )).call(alias2,lookupProperty(depth0,"outcome"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":21,"column":72},"end":{"line":21,"column":88}}}))
    + "</td></tr>";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":22,"column":55},"end":{"line":22,"column":56}} )).call(alias1,"labels.rpjpd",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":22,"column":53},"end":{"line":22,"column":73}}}))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rpjpdGoals"),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":82},"end":{"line":22,"column":166}}})) != null ? stack1 : "")
    + "</td></tr>";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":102},"end":{"line":22,"column":133}}})) != null ? stack1 : "")
    + alias3((((helper = lookupProperty(helpers,"label") || alias2(depth0, "label", {"start":{"line":22,"column":135},"end":{"line":22,"column":140}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":22,"column":133},"end":{"line":22,"column":142}}}) : helper)))
    + ": "
    + alias3((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":22,"column":146},"end":{"line":22,"column":150}} )).call(alias1,lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":22,"column":144},"end":{"line":22,"column":157}}}));
},"19":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"words"), "rpjmdFocus", {"start":{"line":23,"column":55},"end":{"line":23,"column":77}} ), depth0))
    + "</th><td>"
    + alias2((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":23,"column":90},"end":{"line":23,"column":94}} )).call(alias3,(lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":23,"column":96},"end":{"line":23,"column":100}} )).call(alias3,lookupProperty(depth0,"rpjmdFocus"),"; ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":23,"column":95},"end":{"line":23,"column":117}}}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":23,"column":88},"end":{"line":23,"column":119}}}))
    + "</td></tr>";
},"20":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":24,"column":59},"end":{"line":24,"column":60}} )).call(alias2,"labels.pillars",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":24,"column":57},"end":{"line":24,"column":79}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":24,"column":90},"end":{"line":24,"column":94}} )).call(alias2,(lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":24,"column":96},"end":{"line":24,"column":100}} )).call(alias2,lookupProperty(depth0,"digitalPillars"),"; ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":24,"column":95},"end":{"line":24,"column":121}}}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":24,"column":88},"end":{"line":24,"column":123}}}))
    + "</td></tr>";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":25,"column":54},"end":{"line":25,"column":55}} )).call(alias1,"labels.dependsOn",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":25,"column":52},"end":{"line":25,"column":76}}}))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"dependsOn"),{"name":"each","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":85},"end":{"line":25,"column":183}}})) != null ? stack1 : "")
    + "</td></tr>";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":104},"end":{"line":25,"column":135}}})) != null ? stack1 : "")
    + "<a href=\"#"
    + alias3((((helper = lookupProperty(helpers,"anchor") || alias2(depth0, "anchor", {"start":{"line":25,"column":147},"end":{"line":25,"column":153}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":25,"column":145},"end":{"line":25,"column":155}}}) : helper)))
    + "\">"
    + alias3((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":25,"column":159},"end":{"line":25,"column":163}} )).call(alias1,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":25,"column":157},"end":{"line":25,"column":170}}}))
    + "</a>";
},"23":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":26,"column":46},"end":{"line":26,"column":47}} )).call(alias2,"labels.budget",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":26,"column":44},"end":{"line":26,"column":65}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"blank")||alias1(depth0, "blank", {"start":{"line":26,"column":76},"end":{"line":26,"column":81}} )).call(alias2,null,{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":26,"column":74},"end":{"line":26,"column":88}}}))
    + "</td></tr>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"program"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"program"),"quickWin"),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":19},"end":{"line":1,"column":60}}})) != null ? stack1 : "")
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(depth0,"program"),{"name":"with","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":31,"column":11}}})) != null ? stack1 : "")
    + "</div>\n";
},"usePartial":true,"useData":true,"useDepths":true},
  // partials/regulation-items.hbs
  "913b78c78772a7f3abe87356171a1170d42c5043a43aa4e81dd893ceb39f495c": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tr>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(data,"first"),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.program(2, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":3,"column":6},"end":{"line":3,"column":176}}})) != null ? stack1 : "")
    + "<td class=\"preamble-item\">"
    + alias3((((helper = lookupProperty(helpers,"label") || alias2(depth0, "label", {"start":{"line":3,"column":204},"end":{"line":3,"column":209}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":3,"column":202},"end":{"line":3,"column":211}}}) : helper)))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":3,"column":222},"end":{"line":3,"column":226}} )).call(alias1,lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":3,"column":220},"end":{"line":3,"column":233}}}))
    + "</td></tr>\n";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    return "<td class=\"preamble-label\">"
    + container.escapeExpression(container.lambda(container.strict(depths[1], "label", {"start":{"line":3,"column":49},"end":{"line":3,"column":57}} ), depth0))
    + "</td><td class=\"preamble-colon\">:</td>";
},"2":function(container,depth0,helpers,partials,data) {
    return "<td class=\"preamble-label\"></td><td class=\"preamble-colon\"></td>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table class=\"preamble\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":4,"column":11}}})) != null ? stack1 : "")
    + "</table>\n";
},"useData":true,"useDepths":true},
  // partials/section.hbs
  "804f9812bcd9fd54c289c81956678fe1bbd9af07eb18890425fea60ad90d1504": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"data"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":97},"end":{"line":1,"column":121}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return " keep";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " data-block=\""
    + container.escapeExpression((((helper = lookupProperty(helpers,"block") || container.strict(depth0, "block", {"start":{"line":1,"column":157},"end":{"line":1,"column":162}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"block","hash":{},"data":data,"loc":{"start":{"line":1,"column":155},"end":{"line":1,"column":164}}}) : helper)))
    + "\"";
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"prose\">"
    + container.escapeExpression((lookupProperty(helpers,"markdown")||container.strict(depth0, "markdown", {"start":{"line":3,"column":35},"end":{"line":3,"column":43}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"body"),{"name":"markdown","hash":{},"data":data,"loc":{"start":{"line":3,"column":33},"end":{"line":3,"column":50}}}))
    + "</div>";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),lookupProperty(depth0,"note"),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"data"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":15},"end":{"line":5,"column":70}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial((lookupProperty(helpers,"blockPartial")||container.strict(depth0, "blockPartial", {"start":{"line":5,"column":32},"end":{"line":5,"column":44}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"block"),lookupProperty(depth0,"data"),{"name":"blockPartial","hash":{},"data":data,"loc":{"start":{"line":5,"column":31},"end":{"line":5,"column":56}}}),lookupProperty(depth0,"data"),{"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"section"),depth0,{"name":"section","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"section level-"
    + alias4((((helper = lookupProperty(helpers,"level") || alias1(depth0, "level", {"start":{"line":1,"column":32},"end":{"line":1,"column":37}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"level","hash":{},"data":data,"loc":{"start":{"line":1,"column":30},"end":{"line":1,"column":39}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"or")||alias1(depth0, "or", {"start":{"line":1,"column":46},"end":{"line":1,"column":48}} )).call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":1,"column":50},"end":{"line":1,"column":52}} )).call(alias2,lookupProperty(depth0,"block"),"programs",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":49},"end":{"line":1,"column":70}}}),(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":1,"column":72},"end":{"line":1,"column":74}} )).call(alias2,lookupProperty(depth0,"block"),"quick-wins",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":71},"end":{"line":1,"column":94}}}),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":1,"column":45},"end":{"line":1,"column":95}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":39},"end":{"line":1,"column":128}}})) != null ? stack1 : "")
    + "\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"block"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":129},"end":{"line":1,"column":172}}})) != null ? stack1 : "")
    + ">\n  "
    + ((stack1 = (lookupProperty(helpers,"openHeading")||alias1(depth0, "openHeading", {"start":{"line":2,"column":5},"end":{"line":2,"column":16}} )).call(alias2,lookupProperty(depth0,"level"),lookupProperty(depth0,"anchor"),{"name":"openHeading","hash":{},"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":32}}})) != null ? stack1 : "")
    + "<span class=\"number\">"
    + alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":2,"column":55},"end":{"line":2,"column":61}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":2,"column":53},"end":{"line":2,"column":63}}}) : helper)))
    + "</span> "
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":2,"column":73},"end":{"line":2,"column":77}} )).call(alias2,lookupProperty(depth0,"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":2,"column":71},"end":{"line":2,"column":85}}}))
    + ((stack1 = (lookupProperty(helpers,"closeHeading")||alias1(depth0, "closeHeading", {"start":{"line":2,"column":88},"end":{"line":2,"column":100}} )).call(alias2,lookupProperty(depth0,"level"),{"name":"closeHeading","hash":{},"data":data,"loc":{"start":{"line":2,"column":85},"end":{"line":2,"column":109}}})) != null ? stack1 : "")
    + "\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"body"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":3,"column":63}}})) != null ? stack1 : "")
    + "\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":45}}})) != null ? stack1 : "")
    + "\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"block"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":2},"end":{"line":5,"column":77}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"sections"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "</section>\n";
},"usePartial":true,"useData":true},
  // partials/signature.hbs
  "88c29739af55ba1a570d6cbd1fac53bdb185f4ff27958f76612587750caa770c": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"signature\">\n  <div class=\"signature-title\">"
    + alias2(container.lambda(alias1(lookupProperty(depth0,"signatory"), "title", {"start":{"line":2,"column":33},"end":{"line":2,"column":48}} ), depth0))
    + ",</div>\n  <div class=\"signature-space\"></div>\n  <div class=\"signature-name\">"
    + alias2((lookupProperty(helpers,"blank")||alias1(depth0, "blank", {"start":{"line":4,"column":32},"end":{"line":4,"column":37}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"signatory"),"name"),{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":4,"column":30},"end":{"line":4,"column":54}}}))
    + "</div>\n</div>\n";
},"useData":true},
  // partials/source-line.hbs
  "fee755ac01bee22b010f9bdab8bb28a1cc7703dfe1ccb2f1261cab13c0ba3389": {"0":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"source\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":34},"end":{"line":1,"column":35}} )).call(alias2,"source",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":32},"end":{"line":1,"column":46}}}))
    + ": "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":1,"column":50},"end":{"line":1,"column":54}} )).call(alias2,lookupProperty(depth0,"source"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":48},"end":{"line":1,"column":63}}}))
    + "</p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"source"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":74}}})) != null ? stack1 : "")
    + "\n";
},"useData":true},
  // partials/stage-directions.hbs
  "9217b3b51a69a2e0a7b8ea98cebb9d372f701dae881e59d56a47e04fc81f7881": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"or")||alias1(depth0, "or", {"start":{"line":3,"column":7},"end":{"line":3,"column":9}} )).call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":3,"column":11},"end":{"line":3,"column":17}} )).call(alias2,lookupProperty(depth0,"directions"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":3,"column":10},"end":{"line":3,"column":29}}}),lookupProperty(depth0,"deferred"),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":3,"column":6},"end":{"line":3,"column":39}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"stage-directions\"><strong>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":4,"column":38},"end":{"line":4,"column":42}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":4,"column":36},"end":{"line":4,"column":44}}}) : helper)))
    + " ("
    + alias4((((helper = lookupProperty(helpers,"start") || alias1(depth0, "start", {"start":{"line":4,"column":48},"end":{"line":4,"column":53}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"start","hash":{},"data":data,"loc":{"start":{"line":4,"column":46},"end":{"line":4,"column":55}}}) : helper)))
    + "–"
    + alias4((((helper = lookupProperty(helpers,"end") || alias1(depth0, "end", {"start":{"line":4,"column":58},"end":{"line":4,"column":61}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"end","hash":{},"data":data,"loc":{"start":{"line":4,"column":56},"end":{"line":4,"column":63}}}) : helper)))
    + ")</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"theme"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":73},"end":{"line":4,"column":109}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":4,"column":116},"end":{"line":4,"column":122}} )).call(alias2,lookupProperty(depth0,"directions"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":4,"column":115},"end":{"line":4,"column":134}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":4,"column":109},"end":{"line":4,"column":180}}})) != null ? stack1 : "")
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":5,"column":7},"end":{"line":5,"column":13}} )).call(alias2,lookupProperty(depth0,"directions"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":5,"column":6},"end":{"line":5,"column":25}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":108}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"deferred"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":47}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"and")||alias1(depth0, "and", {"start":{"line":7,"column":7},"end":{"line":7,"column":10}} )).call(alias2,lookupProperty(depth0,"proposed"),lookupProperty(lookupProperty(data,"root"),"draft"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":7,"column":6},"end":{"line":7,"column":32}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":87}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":4,"column":90},"end":{"line":4,"column":94}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"theme"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":4,"column":88},"end":{"line":4,"column":102}}}));
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ". "
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":4,"column":140},"end":{"line":4,"column":141}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.directions",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":138},"end":{"line":4,"column":163}}}))
    + ":";
},"4":function(container,depth0,helpers,partials,data) {
    return ".";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ol class=\"legal\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"directions"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":45},"end":{"line":5,"column":96}}})) != null ? stack1 : "")
    + "</ol>";
},"6":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":5,"column":71},"end":{"line":5,"column":75}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":5,"column":69},"end":{"line":5,"column":82}}}))
    + "</li>";
},"7":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":6,"column":21},"end":{"line":6,"column":25}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"deferred"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":6,"column":19},"end":{"line":6,"column":36}}}))
    + "</p>";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),(lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":7,"column":53},"end":{"line":7,"column":54}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.proposedStage",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":52},"end":{"line":7,"column":78}}}),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(data,"root"),"stages"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  // partials/toc.hbs
  "e92f4af9c6d24e916622756635b68a569426d41acd562a571e7b74703e9891f1": {"0":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <li class=\"toc-level-"
    + alias4((((helper = lookupProperty(helpers,"level") || alias1(depth0, "level", {"start":{"line":5,"column":27},"end":{"line":5,"column":32}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"level","hash":{},"data":data,"loc":{"start":{"line":5,"column":25},"end":{"line":5,"column":34}}}) : helper)))
    + "\"><a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":5,"column":48},"end":{"line":5,"column":54}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":5,"column":46},"end":{"line":5,"column":56}}}) : helper)))
    + "\"><span class=\"toc-label\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":5,"column":84},"end":{"line":5,"column":89}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":5,"column":82},"end":{"line":5,"column":91}}}) : helper)))
    + "</span><span class=\"toc-text\">"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":5,"column":123},"end":{"line":5,"column":127}} )).call(alias2,lookupProperty(depth0,"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":5,"column":121},"end":{"line":5,"column":135}}}))
    + "</span><span class=\"toc-fill\"></span><span class=\"toc-page\">"
    + alias4((lookupProperty(helpers,"tocPage")||alias1(depth0, "tocPage", {"start":{"line":5,"column":197},"end":{"line":5,"column":204}} )).call(alias2,lookupProperty(depth0,"anchor"),{"name":"tocPage","hash":{},"data":data,"loc":{"start":{"line":5,"column":195},"end":{"line":5,"column":213}}}))
    + "</span></a></li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<nav class=\"toc\" aria-label=\""
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":31},"end":{"line":1,"column":32}} )).call(alias2,"toc",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":29},"end":{"line":1,"column":40}}}))
    + "\">\n  <div class=\"toc-title\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":27},"end":{"line":2,"column":28}} )).call(alias2,"toc",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":25},"end":{"line":2,"column":36}}}))
    + "</div>\n  <ol>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"toc"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":6,"column":11}}})) != null ? stack1 : "")
    + "  </ol>\n</nav>\n";
},"useData":true},
  // quick-win.hbs
  "4190e3e23004f9a76da27c2044920f7fa40c81881939cfc12c54b9a401005823": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"quick-win-profile"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":33},"end":{"line":21,"column":71}}})) != null ? stack1 : "")
    + "\">\n<h2 id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias2(depth0, "anchor", {"start":{"line":22,"column":10},"end":{"line":22,"column":16}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":22,"column":8},"end":{"line":22,"column":18}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"number") || alias2(depth0, "number", {"start":{"line":22,"column":22},"end":{"line":22,"column":28}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":22,"column":20},"end":{"line":22,"column":30}}}) : helper)))
    + ". "
    + alias4((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":22,"column":34},"end":{"line":22,"column":38}} )).call(alias1,lookupProperty(lookupProperty(depth0,"program"),"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":22,"column":32},"end":{"line":22,"column":53}}}))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(depth0,"program"),{"name":"with","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":58,"column":9}}})) != null ? stack1 : "")
    + "</section>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return " new-page";
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"badge\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":24,"column":19},"end":{"line":24,"column":23}} )).call(alias2,lookupProperty(depth0,"dimensionName"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":24,"column":17},"end":{"line":24,"column":39}}}))
    + " / "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":24,"column":44},"end":{"line":24,"column":48}} )).call(alias2,lookupProperty(depth0,"elementName"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":24,"column":42},"end":{"line":24,"column":62}}}))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"and")||alias1(depth0, "and", {"start":{"line":25,"column":7},"end":{"line":25,"column":10}} )).call(alias2,lookupProperty(depth0,"proposed"),lookupProperty(lookupProperty(data,"root"),"draft"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":25,"column":6},"end":{"line":25,"column":32}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":25,"column":89}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depths[1],"captions"),"profile"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"facts\">\n  <tbody>\n    <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":29,"column":26},"end":{"line":29,"column":27}} )).call(alias2,"labels.problem",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":29,"column":24},"end":{"line":29,"column":46}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":29,"column":57},"end":{"line":29,"column":61}} )).call(alias2,lookupProperty(depth0,"problem"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":29,"column":55},"end":{"line":29,"column":71}}}))
    + "</td></tr>\n    <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":30,"column":26},"end":{"line":30,"column":27}} )).call(alias2,"labels.target12",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":30,"column":24},"end":{"line":30,"column":47}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":30,"column":58},"end":{"line":30,"column":62}} )).call(alias2,lookupProperty(depth0,"target12"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":30,"column":56},"end":{"line":30,"column":73}}}))
    + "</td></tr>\n    <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":31,"column":26},"end":{"line":31,"column":27}} )).call(alias2,"labels.lead",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":31,"column":24},"end":{"line":31,"column":43}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"agencyName")||alias1(depth0, "agencyName", {"start":{"line":31,"column":54},"end":{"line":31,"column":64}} )).call(alias2,lookupProperty(depth0,"lead"),{"name":"agencyName","hash":{},"data":data,"loc":{"start":{"line":31,"column":52},"end":{"line":31,"column":71}}}))
    + "</td></tr>\n    <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":32,"column":26},"end":{"line":32,"column":27}} )).call(alias2,"labels.supporting",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":32,"column":24},"end":{"line":32,"column":49}}}))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"supporting"),{"name":"each","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.program(6, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":32,"column":58},"end":{"line":32,"column":146}}})) != null ? stack1 : "")
    + "</td></tr>\n    <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":33,"column":26},"end":{"line":33,"column":27}} )).call(alias2,"labels.years",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":33,"column":24},"end":{"line":33,"column":44}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"yearSpan")||alias1(depth0, "yearSpan", {"start":{"line":33,"column":55},"end":{"line":33,"column":63}} )).call(alias2,lookupProperty(depth0,"start"),lookupProperty(depth0,"end"),{"name":"yearSpan","hash":{},"data":data,"loc":{"start":{"line":33,"column":53},"end":{"line":33,"column":75}}}))
    + "</td></tr>\n    <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":34,"column":26},"end":{"line":34,"column":27}} )).call(alias2,"labels.budget",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":34,"column":24},"end":{"line":34,"column":45}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"amount")||alias1(depth0, "amount", {"start":{"line":34,"column":56},"end":{"line":34,"column":62}} )).call(alias2,lookupProperty(depth0,"budgetTotal"),{"name":"amount","hash":{},"data":data,"loc":{"start":{"line":34,"column":54},"end":{"line":34,"column":76}}}))
    + "</td></tr>\n    <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":35,"column":26},"end":{"line":35,"column":27}} )).call(alias2,"labels.progress",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":35,"column":24},"end":{"line":35,"column":47}}}))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"progress"),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.program(8, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":35,"column":56},"end":{"line":35,"column":168}}})) != null ? stack1 : "")
    + "</td></tr>\n  </tbody>\n</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":38,"column":7},"end":{"line":38,"column":13}} )).call(alias2,lookupProperty(depth0,"milestones"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":38,"column":6},"end":{"line":38,"column":25}}}),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.program(11, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":46,"column":93}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"program-indicators"),depth0,{"name":"program-indicators","hash":{"caption":lookupProperty(lookupProperty(depths[1],"captions"),"indicators")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"program-budget"),depth0,{"name":"program-budget","hash":{"caption":lookupProperty(lookupProperty(depths[1],"captions"),"budget")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":49,"column":7},"end":{"line":49,"column":13}} )).call(alias2,lookupProperty(depth0,"risks"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":49,"column":6},"end":{"line":49,"column":20}}}),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams, depths),"inverse":container.program(14, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":57,"column":82}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),(lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":25,"column":53},"end":{"line":25,"column":54}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.proposedProfile",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":25,"column":52},"end":{"line":25,"column":80}}}),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":78},"end":{"line":32,"column":109}}})) != null ? stack1 : "")
    + container.escapeExpression((lookupProperty(helpers,"agencyName")||container.strict(depth0, "agencyName", {"start":{"line":32,"column":111},"end":{"line":32,"column":121}} )).call(alias1,depth0,{"name":"agencyName","hash":{},"data":data,"loc":{"start":{"line":32,"column":109},"end":{"line":32,"column":128}}}));
},"5":function(container,depth0,helpers,partials,data) {
    return "; ";
},"6":function(container,depth0,helpers,partials,data) {
    return "–";
},"7":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3(alias2(alias1(lookupProperty(depth0,"progress"), "percent", {"start":{"line":35,"column":74},"end":{"line":35,"column":90}} ), depth0))
    + "% "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":35,"column":96},"end":{"line":35,"column":97}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"labels.progressAsOf",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":35,"column":94},"end":{"line":35,"column":121}}}))
    + " "
    + alias3(alias2(alias1(lookupProperty(depth0,"progress"), "asOf", {"start":{"line":35,"column":124},"end":{"line":35,"column":137}} ), depth0));
},"8":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"blank")||container.strict(depth0, "blank", {"start":{"line":35,"column":149},"end":{"line":35,"column":154}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),null,{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":35,"column":147},"end":{"line":35,"column":161}}}));
},"9":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depths[1],"captions"),"milestones"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":41,"column":19},"end":{"line":41,"column":20}} )).call(alias2,"labels.when",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":41,"column":17},"end":{"line":41,"column":36}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":41,"column":47},"end":{"line":41,"column":48}} )).call(alias2,"labels.reached",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":41,"column":45},"end":{"line":41,"column":67}}}))
    + "</th></tr></thead>\n  <tbody class=\"keep\">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"milestones"),{"name":"each","hash":{},"fn":container.program(10, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":2},"end":{"line":43,"column":94}}})) != null ? stack1 : "")
    + "\n  </tbody>\n</table>\n";
},"10":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td class=\"nowrap\">"
    + alias3((((helper = lookupProperty(helpers,"when") || alias1(depth0, "when", {"start":{"line":43,"column":47},"end":{"line":43,"column":51}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"when","hash":{},"data":data,"loc":{"start":{"line":43,"column":45},"end":{"line":43,"column":53}}}) : helper)))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":43,"column":64},"end":{"line":43,"column":68}} )).call(alias2,lookupProperty(depth0,"what"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":43,"column":62},"end":{"line":43,"column":75}}}))
    + "</td></tr>";
},"11":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":46,"column":21},"end":{"line":46,"column":22}} )).call(alias2,"labels.milestones",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":46,"column":19},"end":{"line":46,"column":44}}}))
    + ":</strong> "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":46,"column":57},"end":{"line":46,"column":58}} )).call(alias2,"labels.noMilestones",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":46,"column":55},"end":{"line":46,"column":82}}}))
    + "</p>";
},"12":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depths[1],"captions"),"risks"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":52,"column":19},"end":{"line":52,"column":20}} )).call(alias2,"labels.risk",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":52,"column":17},"end":{"line":52,"column":36}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":52,"column":47},"end":{"line":52,"column":48}} )).call(alias2,"labels.impact",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":52,"column":45},"end":{"line":52,"column":66}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":52,"column":77},"end":{"line":52,"column":78}} )).call(alias2,"labels.likelihood",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":52,"column":75},"end":{"line":52,"column":100}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":52,"column":111},"end":{"line":52,"column":112}} )).call(alias2,"labels.mitigation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":52,"column":109},"end":{"line":52,"column":134}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":52,"column":145},"end":{"line":52,"column":146}} )).call(alias2,"labels.owner",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":52,"column":143},"end":{"line":52,"column":163}}}))
    + "</th></tr></thead>\n  <tbody class=\"keep\">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"risks"),{"name":"each","hash":{},"fn":container.program(13, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":2},"end":{"line":54,"column":152}}})) != null ? stack1 : "")
    + "\n  </tbody>\n</table>\n";
},"13":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":54,"column":27},"end":{"line":54,"column":31}} )).call(alias2,lookupProperty(depth0,"risk"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":54,"column":25},"end":{"line":54,"column":38}}}))
    + "</td><td>"
    + alias3((((helper = lookupProperty(helpers,"impact") || alias1(depth0, "impact", {"start":{"line":54,"column":49},"end":{"line":54,"column":55}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"impact","hash":{},"data":data,"loc":{"start":{"line":54,"column":47},"end":{"line":54,"column":57}}}) : helper)))
    + "</td><td>"
    + alias3((((helper = lookupProperty(helpers,"likelihood") || alias1(depth0, "likelihood", {"start":{"line":54,"column":68},"end":{"line":54,"column":78}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"likelihood","hash":{},"data":data,"loc":{"start":{"line":54,"column":66},"end":{"line":54,"column":80}}}) : helper)))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":54,"column":91},"end":{"line":54,"column":95}} )).call(alias2,lookupProperty(depth0,"mitigation"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":54,"column":89},"end":{"line":54,"column":108}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"agency")||alias1(depth0, "agency", {"start":{"line":54,"column":119},"end":{"line":54,"column":125}} )).call(alias2,lookupProperty(depth0,"owner"),{"name":"agency","hash":{},"data":data,"loc":{"start":{"line":54,"column":117},"end":{"line":54,"column":133}}}))
    + "</td></tr>";
},"14":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":57,"column":21},"end":{"line":57,"column":22}} )).call(alias2,"labels.risk",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":57,"column":19},"end":{"line":57,"column":38}}}))
    + ":</strong> "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":57,"column":51},"end":{"line":57,"column":52}} )).call(alias2,"labels.noRisks",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":57,"column":49},"end":{"line":57,"column":71}}}))
    + "</p>";
},"15":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":61,"column":5},"end":{"line":61,"column":6}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"quickWinDoc.none",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":61,"column":3},"end":{"line":61,"column":27}}}))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4((((helper = lookupProperty(helpers,"lang") || alias1(depth0, "lang", {"start":{"line":2,"column":14},"end":{"line":2,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\" data-continued=\""
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":40},"end":{"line":2,"column":41}} )).call(alias2,"continued",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":38},"end":{"line":2,"column":55}}}))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":9},"end":{"line":5,"column":10}} )).call(alias2,"documents.quick-win",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":7},"end":{"line":5,"column":34}}}))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":5,"column":37},"end":{"line":5,"column":42}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":5,"column":35},"end":{"line":5,"column":44}}}) : helper)))
    + "</title>\n<meta name=\"author\" content=\""
    + alias4(container.lambda(alias1(lookupProperty(depth0,"metadata"), "author", {"start":{"line":6,"column":31},"end":{"line":6,"column":46}} ), depth0))
    + "\">\n<meta name=\"description\" content=\""
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":36},"end":{"line":7,"column":37}} )).call(alias2,"documents.quick-win",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":34},"end":{"line":7,"column":61}}}))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":7,"column":64},"end":{"line":7,"column":69}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":7,"column":62},"end":{"line":7,"column":71}}}) : helper)))
    + "\">\n<meta name=\"keywords\" content=\""
    + alias4((lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":8,"column":33},"end":{"line":8,"column":37}} )).call(alias2,lookupProperty(lookupProperty(depth0,"metadata"),"keywords"),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":8,"column":31},"end":{"line":8,"column":62}}}))
    + "\">\n<meta name=\"generator\" content=\"masterplan\">\n<style>\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"styles") || alias1(depth0, "styles", {"start":{"line":11,"column":3},"end":{"line":11,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"styles","hash":{},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n</style>\n</head>\n<body class=\"summary\">\n<header class=\"summary-heading\">\n  <h1 id=\"profil-quick-win\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":16,"column":30},"end":{"line":16,"column":31}} )).call(alias2,"quickWinDoc.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":28},"end":{"line":16,"column":53}}}))
    + "</h1>\n  <div class=\"summary-subtitle\">"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":17,"column":34},"end":{"line":17,"column":38}} )).call(alias2,lookupProperty(depth0,"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":17,"column":32},"end":{"line":17,"column":46}}}))
    + "</div>\n</header>\n<p>"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":19,"column":5},"end":{"line":19,"column":9}} )).call(alias2,(lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":19,"column":11},"end":{"line":19,"column":12}} )).call(alias2,"quickWinDoc.intro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":10},"end":{"line":19,"column":33}}}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":19,"column":3},"end":{"line":19,"column":35}}}))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"quickWins"),{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.program(15, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":62,"column":9}}})) != null ? stack1 : "")
    + "</body>\n</html>\n";
},"usePartial":true,"useData":true,"useDepths":true},
  // raperda.hbs
  "c99e0c7c20d87e91771c1b59d36141d3d068366cc863e59c19a228bcaf786d17": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":16,"column":43}}})) != null ? stack1 : "")
    + "\n<header class=\"regulation-kop\">\n  <div>"
    + alias4(alias3(alias2(lookupProperty(depth0,"kop"), "head", {"start":{"line":18,"column":9},"end":{"line":18,"column":17}} ), depth0))
    + "</div>\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"kop"),"province"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":2},"end":{"line":19,"column":56}}})) != null ? stack1 : "")
    + "\n</header>\n<h1 id=\"raperda\" class=\"regulation-title\"><span>"
    + alias4(alias3(alias2(lookupProperty(depth0,"title"), "regulation", {"start":{"line":21,"column":50},"end":{"line":21,"column":66}} ), depth0))
    + "</span> <span>"
    + alias4(alias3(alias2(lookupProperty(depth0,"title"), "number", {"start":{"line":21,"column":84},"end":{"line":21,"column":96}} ), depth0))
    + "</span> <span>"
    + alias4((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":21,"column":114},"end":{"line":21,"column":115}} )).call(alias1,"raperda.about",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":112},"end":{"line":21,"column":133}}}))
    + "</span> <span>"
    + alias4((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":21,"column":149},"end":{"line":21,"column":153}} )).call(alias1,lookupProperty(lookupProperty(depth0,"title"),"about"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":21,"column":147},"end":{"line":21,"column":167}}}))
    + "</span></h1>\n<p class=\"center\">"
    + alias4((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":22,"column":20},"end":{"line":22,"column":21}} )).call(alias1,"raperda.grace",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":22,"column":18},"end":{"line":22,"column":39}}}))
    + "</p>\n<p class=\"center\">"
    + alias4((((helper = lookupProperty(helpers,"enactor") || alias2(depth0, "enactor", {"start":{"line":23,"column":20},"end":{"line":23,"column":27}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"enactor","hash":{},"data":data,"loc":{"start":{"line":23,"column":18},"end":{"line":23,"column":29}}}) : helper)))
    + "</p>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"regulation-items"),depth0,{"name":"regulation-items","hash":{"items":lookupProperty(depth0,"considerations"),"label":(lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":24,"column":28},"end":{"line":24,"column":29}} )).call(alias1,"raperda.considering",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":24,"column":27},"end":{"line":24,"column":52}}})},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"regulation-items"),depth0,{"name":"regulation-items","hash":{"items":lookupProperty(depth0,"recalling"),"label":(lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":25,"column":28},"end":{"line":25,"column":29}} )).call(alias1,"raperda.recalling",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":25,"column":27},"end":{"line":25,"column":50}}})},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"approval"),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "")
    + "<p class=\"center decide\">"
    + alias4((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":34,"column":27},"end":{"line":34,"column":28}} )).call(alias1,"raperda.decide",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":34,"column":25},"end":{"line":34,"column":47}}}))
    + "</p>\n<table class=\"preamble\">\n  <tr><td class=\"preamble-label\">"
    + alias4((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":36,"column":35},"end":{"line":36,"column":36}} )).call(alias1,"raperda.enactLabel",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":36,"column":33},"end":{"line":36,"column":59}}}))
    + "</td><td class=\"preamble-colon\">:</td><td>"
    + alias4((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":36,"column":103},"end":{"line":36,"column":107}} )).call(alias1,lookupProperty(depth0,"enact"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":36,"column":101},"end":{"line":36,"column":115}}}))
    + "</td></tr>\n</table>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"chapters"),{"name":"each","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":55,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(depth0,"closing"),{"name":"with","hash":{},"fn":container.program(11, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":56,"column":0},"end":{"line":71,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"certified-copy"),depth0,{"name":"certified-copy","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"explanation"),{"name":"if","hash":{},"fn":container.program(14, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":73,"column":0},"end":{"line":87,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"drafting-note"),lookupProperty(depth0,"note"),{"name":"drafting-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"kop"), "province", {"start":{"line":19,"column":29},"end":{"line":19,"column":41}} ), depth0))
    + "</div>";
},"3":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"approval\">\n  <p class=\"center\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":28,"column":22},"end":{"line":28,"column":23}} )).call(alias2,"raperda.jointApproval",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":28,"column":20},"end":{"line":28,"column":49}}}))
    + "</p>\n  <p class=\"center\">"
    + alias3(alias4(alias1(lookupProperty(depth0,"approval"), "dprd", {"start":{"line":29,"column":22},"end":{"line":29,"column":35}} ), depth0))
    + "</p>\n  <p class=\"center\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":30,"column":22},"end":{"line":30,"column":23}} )).call(alias2,"raperda.and",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":30,"column":20},"end":{"line":30,"column":39}}}))
    + "</p>\n  <p class=\"center\">"
    + alias3(alias4(alias1(lookupProperty(depth0,"approval"), "head", {"start":{"line":31,"column":22},"end":{"line":31,"column":35}} ), depth0))
    + "</p>\n</div>\n";
},"4":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"regulation-chapter\">\n  <h2 id=\"raperda-bab-"
    + alias4((((helper = lookupProperty(helpers,"index") || alias1(data, "index", {"start":{"line":40,"column":24},"end":{"line":40,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"index","hash":{},"data":data,"loc":{"start":{"line":40,"column":22},"end":{"line":40,"column":32}}}) : helper)))
    + "\"><span class=\"chapter-label\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":40,"column":64},"end":{"line":40,"column":69}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":40,"column":62},"end":{"line":40,"column":71}}}) : helper)))
    + "</span> <span class=\"chapter-title\">"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":40,"column":109},"end":{"line":40,"column":114}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":40,"column":107},"end":{"line":40,"column":116}}}) : helper)))
    + "</span></h2>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"articles"),{"name":"each","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":2},"end":{"line":53,"column":11}}})) != null ? stack1 : "")
    + "</section>\n";
},"5":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <section class=\"article\">\n    <h3 id=\"raperda-"
    + alias2(container.lambda(alias1(container.data(data, 1), "index", {"start":{"line":43,"column":22},"end":{"line":43,"column":31}} ), depth0))
    + "-"
    + alias2((((helper = lookupProperty(helpers,"index") || alias1(data, "index", {"start":{"line":43,"column":36},"end":{"line":43,"column":42}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"index","hash":{},"data":data,"loc":{"start":{"line":43,"column":34},"end":{"line":43,"column":44}}}) : helper)))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":43,"column":48},"end":{"line":43,"column":53}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":43,"column":46},"end":{"line":43,"column":55}}}) : helper)))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"paragraphs"),{"name":"each","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":4},"end":{"line":51,"column":13}}})) != null ? stack1 : "")
    + "  </section>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <div class=\"ayat"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(depth0,"label"),{"name":"unless","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":20},"end":{"line":45,"column":54}}})) != null ? stack1 : "")
    + "\">\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"label"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":6},"end":{"line":46,"column":67}}})) != null ? stack1 : "")
    + "\n      <div class=\"ayat-text\">"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":47,"column":31},"end":{"line":47,"column":35}} )).call(alias1,lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":47,"column":29},"end":{"line":47,"column":42}}}))
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"items"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":6},"end":{"line":48,"column":177}}})) != null ? stack1 : "")
    + "\n      </div>\n    </div>\n";
},"7":function(container,depth0,helpers,partials,data) {
    return " whole";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"ayat-label\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"label") || container.strict(depth0, "label", {"start":{"line":46,"column":46},"end":{"line":46,"column":51}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":46,"column":44},"end":{"line":46,"column":53}}}) : helper)))
    + "</span>";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ol class=\"regulation-list\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":47},"end":{"line":48,"column":165}}})) != null ? stack1 : "")
    + "</ol>";
},"10":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><span class=\"item-label\">"
    + alias3((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":48,"column":93},"end":{"line":48,"column":98}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":48,"column":91},"end":{"line":48,"column":100}}}) : helper)))
    + "</span><span class=\"item-text\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":48,"column":133},"end":{"line":48,"column":137}} )).call(alias2,lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":48,"column":131},"end":{"line":48,"column":144}}}))
    + "</span></li>";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"signature\">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"enacted"),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":2},"end":{"line":58,"column":76}}})) != null ? stack1 : "")
    + "\n  <div class=\"signature-title\">"
    + alias4(alias3(alias2(lookupProperty(depth0,"signatory"), "title", {"start":{"line":59,"column":33},"end":{"line":59,"column":48}} ), depth0))
    + "</div>\n  <div class=\"signature-space\"></div>\n  <div class=\"signature-name\">"
    + alias4((lookupProperty(helpers,"blank")||alias2(depth0, "blank", {"start":{"line":61,"column":32},"end":{"line":61,"column":37}} )).call(alias1,lookupProperty(lookupProperty(depth0,"signatory"),"name"),{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":61,"column":30},"end":{"line":61,"column":54}}}))
    + "</div>\n</div>\n<div class=\"signature promulgation\">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"promulgated"),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":2},"end":{"line":64,"column":80}}})) != null ? stack1 : "")
    + "\n  <div class=\"signature-title\">"
    + alias4(alias3(alias2(lookupProperty(depth0,"secretary"), "title", {"start":{"line":65,"column":33},"end":{"line":65,"column":48}} ), depth0))
    + "</div>\n  <div class=\"signature-space\"></div>\n  <div class=\"signature-name\">"
    + alias4((lookupProperty(helpers,"blank")||alias2(depth0, "blank", {"start":{"line":67,"column":32},"end":{"line":67,"column":37}} )).call(alias1,lookupProperty(lookupProperty(depth0,"secretary"),"name"),{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":67,"column":30},"end":{"line":67,"column":54}}}))
    + "</div>\n</div>\n<p class=\"gazette-line\">"
    + alias4((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":69,"column":26},"end":{"line":69,"column":30}} )).call(alias1,lookupProperty(depth0,"gazette"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":69,"column":24},"end":{"line":69,"column":40}}}))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"noreg"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":0},"end":{"line":70,"column":62}}})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"signature-place\">"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":58,"column":50},"end":{"line":58,"column":54}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":58,"column":48},"end":{"line":58,"column":61}}}))
    + "</div>";
},"13":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"gazette-line\">"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":70,"column":39},"end":{"line":70,"column":43}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"noreg"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":70,"column":37},"end":{"line":70,"column":51}}}))
    + "</p>";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"explanation"),{"name":"with","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":86,"column":9}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"explanation\">\n  <h1 id=\"raperda-penjelasan\" class=\"regulation-title\"><span>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":76,"column":63},"end":{"line":76,"column":64}} )).call(alias2,"raperda.explanationTitle",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":76,"column":61},"end":{"line":76,"column":93}}}))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"title"),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":76,"column":100},"end":{"line":76,"column":151}}})) != null ? stack1 : "")
    + "</h1>\n  <h2 id=\"raperda-umum\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":77,"column":26},"end":{"line":77,"column":27}} )).call(alias2,"raperda.general",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":77,"column":24},"end":{"line":77,"column":47}}}))
    + "</h2>\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"general"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":78,"column":2},"end":{"line":78,"column":98}}})) != null ? stack1 : "")
    + "\n  <h2 id=\"raperda-pasal-demi-pasal\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":79,"column":38},"end":{"line":79,"column":39}} )).call(alias2,"raperda.perArticle",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":79,"column":36},"end":{"line":79,"column":62}}}))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"articles"),{"name":"each","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":80,"column":2},"end":{"line":83,"column":11}}})) != null ? stack1 : "")
    + "  <p class=\"gazette-line\">"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":84,"column":28},"end":{"line":84,"column":32}} )).call(alias2,lookupProperty(depth0,"supplement"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":84,"column":26},"end":{"line":84,"column":45}}}))
    + "</p>\n</section>\n";
},"16":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span>"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":76,"column":124},"end":{"line":76,"column":128}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":76,"column":122},"end":{"line":76,"column":135}}}))
    + "</span>";
},"17":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"prose\">"
    + container.escapeExpression((lookupProperty(helpers,"markdown")||container.strict(depth0, "markdown", {"start":{"line":78,"column":38},"end":{"line":78,"column":46}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"general"),{"name":"markdown","hash":{},"data":data,"loc":{"start":{"line":78,"column":36},"end":{"line":78,"column":56}}}))
    + "</div>";
},"18":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((lookupProperty(helpers,"blank")||container.strict(depth0, "blank", {"start":{"line":78,"column":75},"end":{"line":78,"column":80}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),null,{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":78,"column":73},"end":{"line":78,"column":87}}}))
    + "</p>";
},"19":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"center article-label\">"
    + alias3((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":81,"column":36},"end":{"line":81,"column":41}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":81,"column":34},"end":{"line":81,"column":43}}}) : helper)))
    + "</p>\n  <p>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":82,"column":7},"end":{"line":82,"column":11}} )).call(alias2,lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":82,"column":5},"end":{"line":82,"column":18}}}))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4((((helper = lookupProperty(helpers,"lang") || alias1(depth0, "lang", {"start":{"line":2,"column":14},"end":{"line":2,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\" data-continued=\""
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":40},"end":{"line":2,"column":41}} )).call(alias2,"continued",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":38},"end":{"line":2,"column":55}}}))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":9},"end":{"line":5,"column":10}} )).call(alias2,"documents.raperda",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":7},"end":{"line":5,"column":32}}}))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":5,"column":35},"end":{"line":5,"column":40}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":5,"column":33},"end":{"line":5,"column":42}}}) : helper)))
    + "</title>\n<meta name=\"author\" content=\""
    + alias4(container.lambda(alias1(lookupProperty(depth0,"metadata"), "author", {"start":{"line":6,"column":31},"end":{"line":6,"column":46}} ), depth0))
    + "\">\n<meta name=\"description\" content=\""
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":36},"end":{"line":7,"column":37}} )).call(alias2,"documents.raperda",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":34},"end":{"line":7,"column":59}}}))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":7,"column":62},"end":{"line":7,"column":67}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":7,"column":60},"end":{"line":7,"column":69}}}) : helper)))
    + "\">\n<meta name=\"keywords\" content=\""
    + alias4((lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":8,"column":33},"end":{"line":8,"column":37}} )).call(alias2,lookupProperty(lookupProperty(depth0,"metadata"),"keywords"),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":8,"column":31},"end":{"line":8,"column":62}}}))
    + "\">\n<meta name=\"generator\" content=\"masterplan\">\n<style>\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"styles") || alias1(depth0, "styles", {"start":{"line":11,"column":3},"end":{"line":11,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"styles","hash":{},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n</style>\n</head>\n<body class=\"regulation\">\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias2,lookupProperty(depth0,"regulation"),{"name":"with","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":88,"column":9}}})) != null ? stack1 : "")
    + "</body>\n</html>\n";
},"usePartial":true,"useData":true,"useDepths":true},
  // ringkasan.hbs
  "d9cfc8c5b0ae4e9e131c8cec1abac2c3aaa01b61d98caef9419d07dd33827dab": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h2 id=\"ringkasan-visi\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":20,"column":26},"end":{"line":20,"column":27}} )).call(alias2,"summary.vision",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":20,"column":24},"end":{"line":20,"column":46}}}))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias2,lookupProperty(depth0,"vision"),{"name":"with","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":31,"column":9}}})) != null ? stack1 : "")
    + "\n<h2 id=\"ringkasan-dimensi\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":33,"column":29},"end":{"line":33,"column":30}} )).call(alias2,"summary.dimensionsHeading",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":33,"column":27},"end":{"line":33,"column":60}}}))
    + "</h2>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depth0,"captions"),"dimensions"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":36,"column":19},"end":{"line":36,"column":20}} )).call(alias2,"labels.dimension",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":36,"column":17},"end":{"line":36,"column":41}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":36,"column":52},"end":{"line":36,"column":53}} )).call(alias2,"summary.goals",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":36,"column":50},"end":{"line":36,"column":71}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":36,"column":82},"end":{"line":36,"column":83}} )).call(alias2,"labels.coordinator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":36,"column":80},"end":{"line":36,"column":106}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":36,"column":117},"end":{"line":36,"column":118}} )).call(alias2,"summary.programCount",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":36,"column":115},"end":{"line":36,"column":143}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":37,"column":11},"end":{"line":37,"column":20}} )).call(alias2,lookupProperty(depth0,"dimensions"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":37,"column":10},"end":{"line":37,"column":32}}}),{"name":"each","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":2},"end":{"line":41,"column":11}}})) != null ? stack1 : "")
    + "</table>\n\n<h2 id=\"ringkasan-quick-win\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":44,"column":31},"end":{"line":44,"column":32}} )).call(alias2,"summary.quickWinsHeading",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":44,"column":29},"end":{"line":44,"column":61}}}))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":45,"column":7},"end":{"line":45,"column":13}} )).call(alias2,lookupProperty(depth0,"quickWins"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":45,"column":6},"end":{"line":45,"column":24}}}),{"name":"if","hash":{},"fn":container.program(11, data, 0, blockParams, depths),"inverse":container.program(14, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":45,"column":0},"end":{"line":57,"column":7}}})) != null ? stack1 : "")
    + "\n<h2 id=\"ringkasan-peta-jalan\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":59,"column":32},"end":{"line":59,"column":33}} )).call(alias2,"summary.roadmapHeading",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":59,"column":30},"end":{"line":59,"column":60}}}))
    + "</h2>\n<figure class=\"summary-roadmap\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
    + alias3(alias4(alias1(lookupProperty(depth0,"roadmap"), "width", {"start":{"line":61,"column":55},"end":{"line":61,"column":68}} ), depth0))
    + " "
    + alias3(alias4(alias1(lookupProperty(depth0,"roadmap"), "height", {"start":{"line":61,"column":73},"end":{"line":61,"column":87}} ), depth0))
    + "\" width=\"100%\" role=\"img\" aria-label=\""
    + alias3(alias4(alias1(lookupProperty(lookupProperty(depth0,"captions"),"roadmap"), "title", {"start":{"line":61,"column":129},"end":{"line":61,"column":151}} ), depth0))
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"roadmap"),"columns"),{"name":"each","hash":{},"fn":container.program(15, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":2},"end":{"line":65,"column":11}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"roadmap"),"rows"),{"name":"each","hash":{},"fn":container.program(16, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":2},"end":{"line":74,"column":11}}})) != null ? stack1 : "")
    + "</svg>\n<figcaption><span class=\"caption-label\">"
    + alias3(alias4(alias1(lookupProperty(lookupProperty(depth0,"captions"),"roadmap"), "label", {"start":{"line":76,"column":42},"end":{"line":76,"column":64}} ), depth0))
    + "</span> "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":76,"column":76},"end":{"line":76,"column":80}} )).call(alias2,lookupProperty(lookupProperty(lookupProperty(depth0,"captions"),"roadmap"),"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":76,"column":74},"end":{"line":76,"column":105}}}))
    + ". "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":76,"column":109},"end":{"line":76,"column":110}} )).call(alias2,"summary.roadmapLegend",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":76,"column":107},"end":{"line":76,"column":136}}}))
    + "</figcaption>\n</figure>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"stage-directions"),depth0,{"name":"stage-directions","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n<h2 id=\"ringkasan-anggaran\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":80,"column":30},"end":{"line":80,"column":31}} )).call(alias2,"summary.budgetHeading",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":80,"column":28},"end":{"line":80,"column":57}}}))
    + "</h2>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"block-budget"),depth0,{"name":"block-budget","hash":{"matrix":lookupProperty(depth0,"budget"),"caption":lookupProperty(lookupProperty(depth0,"captions"),"budget")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n<h2 id=\"ringkasan-kelembagaan\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":83,"column":33},"end":{"line":83,"column":34}} )).call(alias2,"summary.governanceHeading",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":83,"column":31},"end":{"line":83,"column":64}}}))
    + "</h2>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"block-governance"),lookupProperty(depth0,"governance"),{"name":"block-governance","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":86,"column":7},"end":{"line":86,"column":13}} )).call(alias2,lookupProperty(depth0,"indicators"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":86,"column":6},"end":{"line":86,"column":25}}}),{"name":"if","hash":{},"fn":container.program(18, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":86,"column":0},"end":{"line":97,"column":7}}})) != null ? stack1 : "")
    + "<p class=\"note\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":98,"column":18},"end":{"line":98,"column":19}} )).call(alias2,"summary.source",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":98,"column":16},"end":{"line":98,"column":38}}}))
    + "</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":22,"column":7},"end":{"line":22,"column":9}} )).call(alias1,lookupProperty(depth0,"owner"),"masterplan",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":22,"column":6},"end":{"line":22,"column":29}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"block-vision"),depth0,{"name":"block-vision","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":25,"column":13},"end":{"line":25,"column":14}} )).call(alias2,"labels.rpjpdVision",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":25,"column":11},"end":{"line":25,"column":37}}}))
    + ":</strong> "
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":25,"column":50},"end":{"line":25,"column":54}} )).call(alias2,lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":25,"column":48},"end":{"line":25,"column":61}}}))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"filled")||alias1(depth0, "filled", {"start":{"line":26,"column":7},"end":{"line":26,"column":13}} )).call(alias2,lookupProperty(depth0,"missions"),{"name":"filled","hash":{},"data":data,"loc":{"start":{"line":26,"column":6},"end":{"line":26,"column":23}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":27,"column":13},"end":{"line":27,"column":14}} )).call(alias1,"labels.rpjpdMissions",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":27,"column":11},"end":{"line":27,"column":39}}}))
    + ":</strong></p>\n<ol class=\"legal\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"missions"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":18},"end":{"line":28,"column":67}}})) != null ? stack1 : "")
    + "</ol>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":28,"column":42},"end":{"line":28,"column":46}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"text"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":28,"column":40},"end":{"line":28,"column":53}}}))
    + "</li>";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":8},"end":{"line":38,"column":40}}})) != null ? stack1 : "")
    + ">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":2},"end":{"line":39,"column":219}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"7":function(container,depth0,helpers,partials,data) {
    return " class=\"keep\"";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td><strong>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":39,"column":34},"end":{"line":39,"column":38}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":39,"column":32},"end":{"line":39,"column":45}}}))
    + "</strong></td><td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"goals"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":39,"column":63},"end":{"line":39,"column":133}}})) != null ? stack1 : "")
    + "</td><td>"
    + alias3((lookupProperty(helpers,"agency")||alias1(depth0, "agency", {"start":{"line":39,"column":144},"end":{"line":39,"column":150}} )).call(alias2,lookupProperty(depth0,"coordinator"),{"name":"agency","hash":{},"data":data,"loc":{"start":{"line":39,"column":142},"end":{"line":39,"column":164}}}))
    + "</td><td class=\"figure\">"
    + alias3((((helper = lookupProperty(helpers,"programs") || alias1(depth0, "programs", {"start":{"line":39,"column":190},"end":{"line":39,"column":198}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"programs","hash":{},"data":data,"loc":{"start":{"line":39,"column":188},"end":{"line":39,"column":200}}}) : helper)))
    + "</td></tr>";
},"9":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div>"
    + container.escapeExpression((lookupProperty(helpers,"text")||container.strict(depth0, "text", {"start":{"line":39,"column":85},"end":{"line":39,"column":89}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":39,"column":83},"end":{"line":39,"column":96}}}))
    + "</div>";
},"10":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"blank")||container.strict(depth0, "blank", {"start":{"line":39,"column":112},"end":{"line":39,"column":117}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),null,{"name":"blank","hash":{},"data":data,"loc":{"start":{"line":39,"column":110},"end":{"line":39,"column":124}}}));
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depth0,"captions"),"quickWins"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":19},"end":{"line":48,"column":20}} )).call(alias2,"summary.program",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":17},"end":{"line":48,"column":40}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":51},"end":{"line":48,"column":52}} )).call(alias2,"labels.dimension",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":49},"end":{"line":48,"column":73}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":84},"end":{"line":48,"column":85}} )).call(alias2,"summary.lead",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":82},"end":{"line":48,"column":102}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":113},"end":{"line":48,"column":114}} )).call(alias2,"labels.period",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":111},"end":{"line":48,"column":132}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":143},"end":{"line":48,"column":144}} )).call(alias2,"summary.budget",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":141},"end":{"line":48,"column":163}}}))
    + "</th></tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(lookupProperty(helpers,"rowGroups")||alias1(depth0, "rowGroups", {"start":{"line":49,"column":11},"end":{"line":49,"column":20}} )).call(alias2,lookupProperty(depth0,"quickWins"),{"name":"rowGroups","hash":{},"data":data,"loc":{"start":{"line":49,"column":10},"end":{"line":49,"column":31}}}),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":2},"end":{"line":53,"column":11}}})) != null ? stack1 : "")
    + "</table>\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"keep"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":8},"end":{"line":50,"column":40}}})) != null ? stack1 : "")
    + ">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":2},"end":{"line":51,"column":188}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"13":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":51,"column":26},"end":{"line":51,"column":30}} )).call(alias2,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":51,"column":24},"end":{"line":51,"column":37}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":51,"column":48},"end":{"line":51,"column":52}} )).call(alias2,lookupProperty(depth0,"dimensionName"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":51,"column":46},"end":{"line":51,"column":68}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"agency")||alias1(depth0, "agency", {"start":{"line":51,"column":79},"end":{"line":51,"column":85}} )).call(alias2,lookupProperty(depth0,"lead"),{"name":"agency","hash":{},"data":data,"loc":{"start":{"line":51,"column":77},"end":{"line":51,"column":92}}}))
    + "</td><td>"
    + alias3((lookupProperty(helpers,"yearSpan")||alias1(depth0, "yearSpan", {"start":{"line":51,"column":103},"end":{"line":51,"column":111}} )).call(alias2,lookupProperty(depth0,"start"),lookupProperty(depth0,"end"),{"name":"yearSpan","hash":{},"data":data,"loc":{"start":{"line":51,"column":101},"end":{"line":51,"column":123}}}))
    + "</td><td class=\"figure\">"
    + alias3((lookupProperty(helpers,"digits")||alias1(depth0, "digits", {"start":{"line":51,"column":149},"end":{"line":51,"column":155}} )).call(alias2,lookupProperty(depth0,"budgetTotal"),{"name":"digits","hash":{},"data":data,"loc":{"start":{"line":51,"column":147},"end":{"line":51,"column":169}}}))
    + "</td></tr>";
},"14":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":56,"column":5},"end":{"line":56,"column":6}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"summary.noQuickWins",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":56,"column":3},"end":{"line":56,"column":30}}}))
    + "</p>\n";
},"15":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <text x=\""
    + alias4((((helper = lookupProperty(helpers,"x") || alias1(depth0, "x", {"start":{"line":63,"column":13},"end":{"line":63,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"x","hash":{},"data":data,"loc":{"start":{"line":63,"column":11},"end":{"line":63,"column":16}}}) : helper)))
    + "\" y=\"14\" class=\"stage-label\" text-anchor=\"middle\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":63,"column":68},"end":{"line":63,"column":73}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":63,"column":66},"end":{"line":63,"column":75}}}) : helper)))
    + "</text>\n  <text x=\""
    + alias4((((helper = lookupProperty(helpers,"x") || alias1(depth0, "x", {"start":{"line":64,"column":13},"end":{"line":64,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"x","hash":{},"data":data,"loc":{"start":{"line":64,"column":11},"end":{"line":64,"column":16}}}) : helper)))
    + "\" y=\"28\" class=\"stage-years\" text-anchor=\"middle\">"
    + alias4((((helper = lookupProperty(helpers,"years") || alias1(depth0, "years", {"start":{"line":64,"column":68},"end":{"line":64,"column":73}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"years","hash":{},"data":data,"loc":{"start":{"line":64,"column":66},"end":{"line":64,"column":75}}}) : helper)))
    + "</text>\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <g transform=\"translate(0 "
    + alias4((((helper = lookupProperty(helpers,"y") || alias1(depth0, "y", {"start":{"line":67,"column":30},"end":{"line":67,"column":31}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":67,"column":28},"end":{"line":67,"column":33}}}) : helper)))
    + ")\">\n  <text x=\"0\" y=\"15\" class=\"row-label\">"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":68,"column":41},"end":{"line":68,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":68,"column":39},"end":{"line":68,"column":47}}}) : helper)))
    + "</text>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"cells"),{"name":"each","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":69,"column":2},"end":{"line":72,"column":11}}})) != null ? stack1 : "")
    + "  </g>\n";
},"17":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <rect x=\""
    + alias4((((helper = lookupProperty(helpers,"x") || alias1(depth0, "x", {"start":{"line":70,"column":13},"end":{"line":70,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"x","hash":{},"data":data,"loc":{"start":{"line":70,"column":11},"end":{"line":70,"column":16}}}) : helper)))
    + "\" y=\"2\" width=\"96\" height=\"20\" class=\"cell cell-"
    + alias4((((helper = lookupProperty(helpers,"shade") || alias1(depth0, "shade", {"start":{"line":70,"column":66},"end":{"line":70,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"shade","hash":{},"data":data,"loc":{"start":{"line":70,"column":64},"end":{"line":70,"column":73}}}) : helper)))
    + "\"/>\n  <text x=\""
    + alias4((((helper = lookupProperty(helpers,"x") || alias1(depth0, "x", {"start":{"line":71,"column":13},"end":{"line":71,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"x","hash":{},"data":data,"loc":{"start":{"line":71,"column":11},"end":{"line":71,"column":16}}}) : helper)))
    + "\" y=\"16\" dx=\"48\" text-anchor=\"middle\" class=\"cell-count cell-count-"
    + alias4((((helper = lookupProperty(helpers,"shade") || alias1(depth0, "shade", {"start":{"line":71,"column":85},"end":{"line":71,"column":90}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"shade","hash":{},"data":data,"loc":{"start":{"line":71,"column":83},"end":{"line":71,"column":92}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":71,"column":96},"end":{"line":71,"column":101}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":71,"column":94},"end":{"line":71,"column":103}}}) : helper)))
    + "</text>\n";
},"18":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h2 id=\"ringkasan-indikator\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":87,"column":31},"end":{"line":87,"column":32}} )).call(alias2,"summary.indicatorsHeading",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":87,"column":29},"end":{"line":87,"column":62}}}))
    + "</h2>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"caption"),lookupProperty(lookupProperty(depth0,"captions"),"indicators"),{"name":"caption","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<table class=\"grid small\">\n  <thead><tr><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":90,"column":19},"end":{"line":90,"column":20}} )).call(alias2,"labels.dimension",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":90,"column":17},"end":{"line":90,"column":41}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":90,"column":52},"end":{"line":90,"column":53}} )).call(alias2,"summary.indicator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":90,"column":50},"end":{"line":90,"column":75}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":90,"column":86},"end":{"line":90,"column":87}} )).call(alias2,"summary.baseline",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":90,"column":84},"end":{"line":90,"column":108}}}))
    + "</th>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(data,"root"),"stages"),{"name":"each","hash":{},"fn":container.program(19, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":90,"column":113},"end":{"line":90,"column":161}}})) != null ? stack1 : "")
    + "</tr></thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"indicators"),{"name":"each","hash":{},"fn":container.program(20, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":91,"column":2},"end":{"line":95,"column":11}}})) != null ? stack1 : "")
    + "</table>\n";
},"19":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<th>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":90,"column":141},"end":{"line":90,"column":145}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":90,"column":139},"end":{"line":90,"column":147}}}) : helper)))
    + "</th>";
},"20":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <tbody class=\"keep\">\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(21, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":93,"column":2},"end":{"line":93,"column":262}}})) != null ? stack1 : "")
    + "\n  </tbody>\n";
},"21":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(data,"first"),{"name":"if","hash":{},"fn":container.program(22, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":93,"column":20},"end":{"line":93,"column":100}}})) != null ? stack1 : "")
    + "<td>"
    + alias3((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":93,"column":106},"end":{"line":93,"column":110}} )).call(alias1,lookupProperty(depth0,"name"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":93,"column":104},"end":{"line":93,"column":117}}}))
    + " ("
    + alias3((lookupProperty(helpers,"text")||alias2(depth0, "text", {"start":{"line":93,"column":121},"end":{"line":93,"column":125}} )).call(alias1,lookupProperty(depth0,"unit"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":93,"column":119},"end":{"line":93,"column":132}}}))
    + ")</td><td class=\"figure\">"
    + alias3((lookupProperty(helpers,"baseline")||alias2(depth0, "baseline", {"start":{"line":93,"column":159},"end":{"line":93,"column":167}} )).call(alias1,lookupProperty(depth0,"baseline"),{"name":"baseline","hash":{},"data":data,"loc":{"start":{"line":93,"column":157},"end":{"line":93,"column":178}}}))
    + "</td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"targets"),{"name":"each","hash":{},"fn":container.program(23, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":93,"column":183},"end":{"line":93,"column":248}}})) != null ? stack1 : "")
    + "</tr>";
},"22":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td rowspan=\""
    + alias2(container.lambda(alias1(lookupProperty(depths[1],"rows"), "length", {"start":{"line":93,"column":49},"end":{"line":93,"column":63}} ), depth0))
    + "\">"
    + alias2((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":93,"column":69},"end":{"line":93,"column":73}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depths[1],"dimension"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":93,"column":67},"end":{"line":93,"column":88}}}))
    + "</td>";
},"23":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td class=\"figure\">"
    + container.escapeExpression((lookupProperty(helpers,"target")||container.strict(depth0, "target", {"start":{"line":93,"column":221},"end":{"line":93,"column":227}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"target","hash":{},"data":data,"loc":{"start":{"line":93,"column":219},"end":{"line":93,"column":234}}}))
    + "</td>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4((((helper = lookupProperty(helpers,"lang") || alias1(depth0, "lang", {"start":{"line":2,"column":14},"end":{"line":2,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\" data-continued=\""
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":40},"end":{"line":2,"column":41}} )).call(alias2,"continued",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":38},"end":{"line":2,"column":55}}}))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":9},"end":{"line":5,"column":10}} )).call(alias2,"summary.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":7},"end":{"line":5,"column":28}}}))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":5,"column":31},"end":{"line":5,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":5,"column":29},"end":{"line":5,"column":38}}}) : helper)))
    + "</title>\n<meta name=\"author\" content=\""
    + alias4(container.lambda(alias1(lookupProperty(depth0,"metadata"), "author", {"start":{"line":6,"column":31},"end":{"line":6,"column":46}} ), depth0))
    + "\">\n<meta name=\"description\" content=\""
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":36},"end":{"line":7,"column":37}} )).call(alias2,"summary.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":34},"end":{"line":7,"column":55}}}))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":7,"column":58},"end":{"line":7,"column":63}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":7,"column":56},"end":{"line":7,"column":65}}}) : helper)))
    + "\">\n<meta name=\"keywords\" content=\""
    + alias4((lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":8,"column":33},"end":{"line":8,"column":37}} )).call(alias2,lookupProperty(lookupProperty(depth0,"metadata"),"keywords"),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":8,"column":31},"end":{"line":8,"column":62}}}))
    + "\">\n<meta name=\"generator\" content=\"masterplan\">\n<style>\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"styles") || alias1(depth0, "styles", {"start":{"line":11,"column":3},"end":{"line":11,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"styles","hash":{},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n</style>\n</head>\n<body class=\"summary\">\n<header class=\"summary-heading\">\n  <h1 id=\"ringkasan\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":16,"column":23},"end":{"line":16,"column":24}} )).call(alias2,"summary.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":21},"end":{"line":16,"column":42}}}))
    + "</h1>\n  <div class=\"summary-subtitle\">"
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":17,"column":34},"end":{"line":17,"column":38}} )).call(alias2,lookupProperty(depth0,"title"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":17,"column":32},"end":{"line":17,"column":46}}}))
    + "</div>\n</header>\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias2,lookupProperty(depth0,"summary"),{"name":"with","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":99,"column":9}}})) != null ? stack1 : "")
    + "</body>\n</html>\n";
},"usePartial":true,"useData":true,"useDepths":true},
};
